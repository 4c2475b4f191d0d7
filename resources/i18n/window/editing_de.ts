<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessWiring</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/access/wiring.py" line="43"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/access/wiring.py" line="45"/>
        <source>The selected slide&apos;s fields, or the article&apos;s</source>
        <translation>Die Felder der ausgewählten Folie oder des Artikels</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/access/wiring.py" line="63"/>
        <source>Problems: {totals}</source>
        <translation>Probleme: {totals}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/access/wiring.py" line="72"/>
        <source>untitled</source>
        <translation>ohne Überschrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/access/wiring.py" line="75"/>
        <source>Slide {number} of {count}: {heading}</source>
        <translation>Folie {number} von {count}: {heading}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="58"/>
        <source>e.g. Read more from the Coast Desk</source>
        <translation>z. B. Mehr aus der Küstenredaktion</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="100"/>
        <source>{field} heading</source>
        <translation>Überschrift von „{field}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="102"/>
        <source>The heading over the links after the last slide</source>
        <translation>Die Überschrift über den Links nach der letzten Folie</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="108"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="108"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="108"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="108"/>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="114"/>
        <source>Add Link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="115"/>
        <source>Remove Link</source>
        <translation>Link entfernen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="118"/>
        <source>Add a read-more link below the selected one</source>
        <translation>Einen Weiterlesen-Link unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="119"/>
        <source>Remove the selected read-more link</source>
        <translation>Den ausgewählten Weiterlesen-Link entfernen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="123"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/article_editor.py" line="131"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="86"/>
        <source>{path}: could not be opened ({kind}: {reason})</source>
        <translation>{path}: konnte nicht geöffnet werden ({kind}: {reason})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="125"/>
        <source>Cannot open article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="130"/>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="130"/>
        <source>Slidewright articles (*.md)</source>
        <translation>Slidewright-Artikel (*.md)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="147"/>
        <source>New Article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="151"/>
        <source>New Article: where to keep it</source>
        <translation>Neuer Artikel: Speicherort wählen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="157"/>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="361"/>
        <source>Folder holds an article</source>
        <translation>Ordner enthält bereits einen Artikel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="159"/>
        <source>{folder} already holds an article (index.md). Open it instead, or pick an empty folder.</source>
        <translation>{folder} enthält bereits einen Artikel (index.md). Öffnen Sie ihn stattdessen oder wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="166"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="173"/>
        <source>Cannot create article</source>
        <translation>Artikel kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="213"/>
        <source>Merge takes the other program&apos;s changes into the slides you did not edit and keeps your unsaved edits.</source>
        <translation>„Zusammenführen“ übernimmt die Änderungen des anderen Programms in die Folien, die Sie nicht bearbeitet haben, und behält Ihre ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="222"/>
        <source>Article changed on disk</source>
        <translation>Artikel auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="208"/>
        <source>{file} was changed by another program.

{changes}

Reload it (your unsaved version is kept in History), or keep your version?</source>
        <translation>{file} wurde von einem anderen Programm geändert.

{changes}

Neu laden (Ihre ungespeicherte Fassung bleibt im Versionsverlauf), oder Ihre Fassung behalten?</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="236"/>
        <source>Merged the changes made on disk with yours</source>
        <translation>Die Änderungen auf dem Datenträger wurden mit Ihren zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="244"/>
        <source>Reloaded {file}, changed on disk: {changes}. Your version is in History (Undo brings it back)</source>
        <translation>{file} neu geladen, auf dem Datenträger geändert: {changes}. Ihre Fassung liegt im Versionsverlauf (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="261"/>
        <source>The new version cannot be read: {reason}</source>
        <translation>Die neue Fassung kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="274"/>
        <source>Cannot reload article</source>
        <translation>Artikel kann nicht neu geladen werden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="276"/>
        <source>{reason}

Your version stays open; Save asks before writing over that file.</source>
        <translation>{reason}

Ihre Fassung bleibt geöffnet; Speichern fragt nach, bevor diese Datei überschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="288"/>
        <source>Reloaded {file}, changed on disk: {changes}</source>
        <translation>{file} neu geladen, auf dem Datenträger geändert: {changes}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="315"/>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="390"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="317"/>
        <source>{file} could not be saved: {reason}. The file on disk is unchanged; your changes are still open here.</source>
        <translation>{file} konnte nicht gespeichert werden: {reason}. Die Datei auf dem Datenträger ist unverändert; Ihre Änderungen sind hier weiterhin geöffnet.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="321"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="326"/>
        <source>Saved {file}; the original is kept as {copy}</source>
        <translation>{file} gespeichert; das Original bleibt als {copy} erhalten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="329"/>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="352"/>
        <source>Save Article As: name its new folder</source>
        <translation>Artikel speichern unter: neuen Ordner benennen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="362"/>
        <source>{folder} already holds an article; pick an empty folder.</source>
        <translation>{folder} enthält bereits einen Artikel; wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="368"/>
        <source>Folder is not empty</source>
        <translation>Ordner ist nicht leer</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="370"/>
        <source>{folder} already holds other files. Save the article there anyway? Images of the article replace files of the same name.</source>
        <translation>{folder} enthält bereits andere Dateien. Den Artikel trotzdem dort speichern? Bilder des Artikels ersetzen gleichnamige Dateien.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="381"/>
        <source>Replace images?</source>
        <translation>Bilder ersetzen?</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="383"/>
        <source>{folder} already holds different images with the same names:
{images}

Replace them with the article&apos;s images?</source>
        <translation>{folder} enthält bereits andere Bilder mit denselben Namen:
{images}

Durch die Bilder des Artikels ersetzen?</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="395"/>
        <source>Saved as {file}</source>
        <translation>Gespeichert als {file}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="398"/>
        <source>Some images were missing</source>
        <translation>Einige Bilder fehlten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/article_session.py" line="400"/>
        <source>These images were not copied (missing, or outside the article&apos;s folder):
{images}</source>
        <translation>Diese Bilder wurden nicht kopiert (fehlen oder liegen außerhalb des Artikelordners):
{images}</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="32"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="33"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="34"/>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="35"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="68"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="77"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="81"/>
        <source>This article cannot be read; double-click to see why</source>
        <translation>Dieser Artikel kann nicht gelesen werden; Doppelklick zeigt den Grund</translation>
    </message>
</context>
<context>
    <name>AssignImages</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="28"/>
        <source>Choose Images for All Slides</source>
        <translation>Bilder für alle Folien wählen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="100"/>
        <source>Every slide has an image already</source>
        <translation>Jede Folie hat bereits ein Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="104"/>
        <source>1 slide has no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>1 Folie hat kein Bild. Wählen Sie einen Bilderordner oder mehrere Bilddateien: Sie werden in der Reihenfolge ihrer Namen dieser Folie zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="110"/>
        <source>%n slides have no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>%n Folien haben kein Bild. Wählen Sie einen Bilderordner oder mehrere Bilddateien: Sie werden in der Reihenfolge ihrer Namen diesen Folien zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="125"/>
        <source>No images (JPEG, PNG, WebP, GIF or SVG) found in {names}.</source>
        <translation>Keine Bilder (JPEG, PNG, WebP, GIF oder SVG) in {names} gefunden.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="145"/>
        <source>Choose images for 1 slide</source>
        <translation>Bild für 1 Folie wählen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="147"/>
        <source>Choose images for %n slides</source>
        <translation>Bilder für %n Folien wählen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="158"/>
        <source>These files were not used:
{files}</source>
        <translation>Diese Dateien wurden nicht verwendet:
{files}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="176"/>
        <source>Images chosen for 1 slide</source>
        <translation>Bild für 1 Folie gewählt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="178"/>
        <source>Images chosen for %n slides</source>
        <translation>Bilder für %n Folien gewählt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="183"/>
        <source>%n still without an image</source>
        <translation>%n noch ohne Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="187"/>
        <source>1 image left over</source>
        <translation>1 Bild übrig</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/assign_images.py" line="189"/>
        <source>%n images left over</source>
        <translation>%n Bilder übrig</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="36"/>
        <source>Recovery copy not written: {reason}</source>
        <translation>Wiederherstellungskopie nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="43"/>
        <source>Recovery copy not written</source>
        <translation>Wiederherstellungskopie nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="44"/>
        <source>Slidewright could not copy your unsaved changes aside: {reason}.

Your work is still open; save it to keep it.</source>
        <translation>Slidewright konnte Ihre ungespeicherten Änderungen nicht sichern: {reason}.

Ihre Arbeit ist noch geöffnet; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="60"/>
        <source>Recovery copy cannot be read</source>
        <translation>Wiederherstellungskopie nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="61"/>
        <source>Slidewright kept unsaved changes to this article in
{file}
but cannot read them ({problem}). The copy is kept there for you.</source>
        <translation>Slidewright hat ungespeicherte Änderungen an diesem Artikel in
{file}
aufbewahrt, kann sie aber nicht lesen ({problem}). Die Kopie bleibt dort für Sie erhalten.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="80"/>
        <source>Restore unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="83"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="84"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/crash_recovery.py" line="88"/>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CredentialsLine</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="48"/>
        <source>What failed:</source>
        <translation>Was fehlgeschlagen ist:</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="51"/>
        <source>Written by: {generator}</source>
        <translation>Geschrieben von: {generator}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="54"/>
        <source>Author: {names}</source>
        <translation>Autor: {names}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="57"/>
        <source>What was done:</source>
        <translation>Was gemacht wurde:</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="60"/>
        <source>Made from:</source>
        <translation>Erstellt aus:</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="61"/>
        <source>{title} (the original)</source>
        <translation>{title} (das Original)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="70"/>
        <source>The credentials say the picture must not be used to train AI.</source>
        <translation>Laut den Content Credentials darf das Bild nicht zum Trainieren von KI verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="90"/>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="160"/>
        <source>Content Credentials</source>
        <translation>Content Credentials</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="91"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="92"/>
        <source>Content Credentials details</source>
        <translation>Details der Content Credentials</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/credentials_line.py" line="149"/>
        <source>{mark} Content Credentials: {summary}</source>
        <translation>{mark} Content Credentials: {summary}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/date_field.py" line="32"/>
        <source>e.g. 2026-11-27, 27 Nov 2026 or Nov 27, 2026</source>
        <translation>z. B. 2026-11-27, 27 Nov 2026 oder Nov 27, 2026</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/date_field.py" line="33"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/date_field.py" line="35"/>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/date_field.py" line="36"/>
        <location filename="../../../desktop/slidewright/ui/editing/date_field.py" line="37"/>
        <source>Pick the date from a calendar</source>
        <translation>Datum aus einem Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/date_field.py" line="39"/>
        <source>Article date calendar</source>
        <translation>Kalender für das Artikeldatum</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/date_field.py" line="95"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>DiskChanges</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="22"/>
        <source>slide {number} ({heading})</source>
        <translation>Folie {number} ({heading})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="24"/>
        <source>slide {number}</source>
        <translation>Folie {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="47"/>
        <source>Changed: {slides} and {more} more</source>
        <translation>Geändert: {slides} und {more} weitere</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="49"/>
        <source>Changed: {slides}</source>
        <translation>Geändert: {slides}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="54"/>
        <source>Added: 1 slide at the end</source>
        <translation>Hinzugefügt: 1 Folie am Ende</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="56"/>
        <source>Added: %n slides at the end</source>
        <translation>Hinzugefügt: %n Folien am Ende</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="61"/>
        <source>Removed: the last slide</source>
        <translation>Entfernt: die letzte Folie</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="63"/>
        <source>Removed: the last %n slides</source>
        <translation>Entfernt: die letzten %n Folien</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="74"/>
        <source>Article: {fields}</source>
        <translation>Artikel: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_changes.py" line="78"/>
        <source>No difference in the article&apos;s content (only its layout).</source>
        <translation>Kein Unterschied im Inhalt des Artikels (nur in seiner Schreibweise in der Datei).</translation>
    </message>
</context>
<context>
    <name>DiskConflict</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_conflict.py" line="36"/>
        <source>the number of slides</source>
        <translation>die Anzahl der Folien</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_conflict.py" line="39"/>
        <source>You and the other program both changed: {places}.</source>
        <translation>Sie und das andere Programm haben beide geändert: {places}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_conflict.py" line="50"/>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_conflict.py" line="55"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_conflict.py" line="61"/>
        <source>Keep My Version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_conflict.py" line="79"/>
        <source>Merge changes from disk</source>
        <translation>Änderungen vom Datenträger zusammenführen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_conflict.py" line="88"/>
        <source>Before reload</source>
        <translation>Vor dem Neuladen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/disk_conflict.py" line="90"/>
        <source>Reload from disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="17"/>
        <source>Hea&amp;ding</source>
        <translation>Übe&amp;rschrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="18"/>
        <source>Slide heading</source>
        <translation>Folienüberschrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="19"/>
        <source>The slide&apos;s heading, numbered on the page; its image files are named after it</source>
        <translation>Die Überschrift der Folie, auf der Seite nummeriert; ihre Bilddateien werden nach ihr benannt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="23"/>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="24"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="25"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="26"/>
        <source>&amp;Alt text</source>
        <translation>Alternativ&amp;text</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="27"/>
        <source>Describe the image for readers who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="28"/>
        <source>Read aloud to readers who cannot see the image: what it shows, in a sentence</source>
        <translation>Wird Lesern vorgelesen, die das Bild nicht sehen können: was es zeigt, in einem Satz</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="32"/>
        <source>alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="33"/>
        <source>C&amp;redit</source>
        <translation>Bild&amp;nachweis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="34"/>
        <source>e.g. Jana Novak/Shutterstock (the label is added for you)</source>
        <translation>z. B. Jana Novak/Shutterstock (die Bezeichnung wird automatisch ergänzt)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="37"/>
        <source>Who made the image and for which agency, as the agency asks to be credited</source>
        <translation>Wer das Bild gemacht hat und für welche Agentur, so wie die Agentur genannt werden möchte</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="41"/>
        <source>credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="42"/>
        <source>Ca&amp;ption</source>
        <translation>Bildunter&amp;schrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="43"/>
        <source>Optional caption</source>
        <translation>Bildunterschrift (optional)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="44"/>
        <source>A line under the image, beside the credit (optional)</source>
        <translation>Eine Zeile unter dem Bild, neben dem Bildnachweis (optional)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="45"/>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="46"/>
        <source>&amp;Body</source>
        <translation>Fließte&amp;xt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="47"/>
        <source>Body paragraphs in Markdown</source>
        <translation>Absätze des Fließtexts in Markdown</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="48"/>
        <source>The slide&apos;s paragraphs, in Markdown: *italic*, **bold**, [a link](https://…)</source>
        <translation>Die Absätze der Folie, in Markdown: *kursiv*, **fett**, [ein Link](https://…)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="52"/>
        <source>body</source>
        <translation>Fließtext</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="53"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="54"/>
        <source>e.g. CC BY-SA 4.0</source>
        <translation>z. B. CC BY-SA 4.0</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="55"/>
        <source>The image&apos;s licence when it is not an agency photo, e.g. CC BY-SA 4.0</source>
        <translation>Die Lizenz des Bildes, wenn es kein Agenturfoto ist, z. B. CC BY-SA 4.0</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="58"/>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="59"/>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="60"/>
        <source>Photographer or author</source>
        <translation>Fotograf oder Urheber</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="61"/>
        <source>The photographer or author a licence asks you to name</source>
        <translation>Der Fotograf oder Urheber, den eine Lizenz zu nennen verlangt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="62"/>
        <source>creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="63"/>
        <source>Source link</source>
        <translation>Quellenlink</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="64"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="65"/>
        <source>Where the image was found (its page, not the image file)</source>
        <translation>Wo das Bild gefunden wurde (seine Seite, nicht die Bilddatei)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="66"/>
        <source>source link</source>
        <translation>Quellenlink</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="67"/>
        <source>Licence link</source>
        <translation>Lizenzlink</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="68"/>
        <source>https://creativecommons.org/licenses/…</source>
        <translation>https://creativecommons.org/licenses/…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="69"/>
        <source>The licence&apos;s own page, linked beside the credit</source>
        <translation>Die Seite der Lizenz selbst, neben dem Bildnachweis verlinkt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="70"/>
        <source>licence link</source>
        <translation>Lizenzlink</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="71"/>
        <source>Licence from</source>
        <translation>Lizenz ab</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="72"/>
        <source>e.g. 2026-01-01</source>
        <translation>z. B. 2026-01-01</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="73"/>
        <source>The first day the image&apos;s licence covers (YYYY-MM-DD), from the agency&apos;s invoice</source>
        <translation>Der erste Tag, den die Lizenz des Bildes abdeckt (JJJJ-MM-TT), laut Rechnung der Agentur</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="77"/>
        <source>licence start</source>
        <translation>Lizenzbeginn</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="78"/>
        <source>Licence until</source>
        <translation>Lizenz bis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="79"/>
        <source>e.g. 2027-12-31</source>
        <translation>z. B. 2027-12-31</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="80"/>
        <source>The last day the image may be shown (YYYY-MM-DD); File &gt; Open Library warns before it</source>
        <translation>Der letzte Tag, an dem das Bild gezeigt werden darf (JJJJ-MM-TT); Datei &gt; Bibliothek öffnen warnt vorher</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="84"/>
        <source>licence end</source>
        <translation>Lizenzende</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="85"/>
        <source>Editorial use only</source>
        <translation>Nur redaktionelle Nutzung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="86"/>
        <source>The agency allows this image beside news only: a sponsored article may not use it</source>
        <translation>Die Agentur erlaubt dieses Bild nur neben Nachrichten: Ein gesponserter Artikel darf es nicht verwenden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="90"/>
        <source>editorial use</source>
        <translation>redaktionelle Nutzung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="91"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="92"/>
        <source>Article title</source>
        <translation>Titel des Artikels</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="93"/>
        <source>The article&apos;s headline, also the page title in search results</source>
        <translation>Die Schlagzeile des Artikels, auch der Seitentitel in Suchergebnissen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="96"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="97"/>
        <source>&amp;Description</source>
        <translation>Beschreib&amp;ung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="98"/>
        <source>The standfirst under the title</source>
        <translation>Der Vorspann unter dem Titel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="99"/>
        <source>The standfirst under the title; search results show it as the summary</source>
        <translation>Der Vorspann unter dem Titel; Suchergebnisse zeigen ihn als Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="102"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="103"/>
        <source>Categor&amp;y</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="104"/>
        <source>Section shown in the breadcrumb, e.g. Travel</source>
        <translation>Ressort in der Brotkrümelnavigation, z. B. Reise</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="105"/>
        <source>The section the article belongs to, shown in the breadcrumb</source>
        <translation>Das Ressort, zu dem der Artikel gehört, in der Brotkrümelnavigation angezeigt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="108"/>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="109"/>
        <source>Ta&amp;gs</source>
        <translation>Tag&amp;s</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="110"/>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="111"/>
        <source>Topics, comma-separated, for feeds and site exports</source>
        <translation>Themen, durch Kommas getrennt, für Feeds und Website-Exporte</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="112"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="113"/>
        <source>A&amp;uthor</source>
        <translation>Auto&amp;r</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="114"/>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="115"/>
        <source>The byline</source>
        <translation>Die Autorenzeile</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="116"/>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="117"/>
        <source>D&amp;ate</source>
        <translation>Datu&amp;m</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="118"/>
        <source>The publication date: type it in most forms, it is saved as YYYY-MM-DD</source>
        <translation>Das Veröffentlichungsdatum: in fast jeder Schreibweise eingeben, gespeichert wird es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="121"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="122"/>
        <source>Credit la&amp;bel</source>
        <translation>Nachweis-Beze&amp;ichnung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="123"/>
        <source>Printed before each credit, e.g. Credit</source>
        <translation>Steht vor jedem Bildnachweis, z. B. Foto</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="124"/>
        <source>The word printed before every credit, e.g. Credit or Photo</source>
        <translation>Das Wort vor jedem Bildnachweis, z. B. Foto oder Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="127"/>
        <source>credit label</source>
        <translation>Nachweis-Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="128"/>
        <source>La&amp;nguage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="129"/>
        <source>e.g. en-GB, for spelling and the page (empty: the system&apos;s language)</source>
        <translation>z. B. de-DE, für Rechtschreibung und Seite (leer: die Sprache des Systems)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="132"/>
        <source>The article&apos;s language: the spelling dictionary, and the page&apos;s lang for readers</source>
        <translation>Die Sprache des Artikels: das Wörterbuch der Rechtschreibprüfung und das lang der Seite für Leser</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="136"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="137"/>
        <source>Sponsored article</source>
        <translation>Gesponserter Artikel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="138"/>
        <source>Sponsored content: images licensed for editorial use only become errors in Problems</source>
        <translation>Gesponserter Inhalt: Bilder, die nur für redaktionelle Nutzung lizenziert sind, werden unter Probleme zu Fehlern</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="142"/>
        <source>sponsored</source>
        <translation>Kennzeichnung „gesponsert“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="143"/>
        <source>Publish locations</source>
        <translation>Orte veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="144"/>
        <source>Keep the pictures&apos; GPS position and place names in the published files (a travel piece); off: every location is removed</source>
        <translation>GPS-Position und Ortsnamen der Bilder in den veröffentlichten Dateien behalten (eine Reisereportage); aus: jede Ortsangabe wird entfernt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="148"/>
        <source>publish locations</source>
        <translation>Veröffentlichung der Orte</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="149"/>
        <source>&amp;Intro</source>
        <translation>Ein&amp;leitung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="150"/>
        <source>Intro paragraphs in Markdown, shown before the first slide</source>
        <translation>Einleitende Absätze in Markdown, vor der ersten Folie angezeigt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="153"/>
        <source>Paragraphs before the first slide, in Markdown</source>
        <translation>Absätze vor der ersten Folie, in Markdown</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="154"/>
        <source>intro</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="155"/>
        <source>Read more</source>
        <translation>Weiterlesen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="156"/>
        <source>Links to other articles, shown after the last slide</source>
        <translation>Links zu anderen Artikeln, nach der letzten Folie angezeigt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/field_texts.py" line="157"/>
        <source>read more</source>
        <translation>Weiterlesen-Block</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="39"/>
        <source>Find in the whole article</source>
        <translation>Im ganzen Artikel suchen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="41"/>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="64"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="42"/>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="43"/>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="46"/>
        <source>◀ Previous</source>
        <translation>◀ Vorherige</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="47"/>
        <source>Ne&amp;xt ▶</source>
        <translation>Nä&amp;chste ▶</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="48"/>
        <source>Repla&amp;ce</source>
        <translation>Erset&amp;zen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="49"/>
        <source>Replace A&amp;ll</source>
        <translation>Alle ers&amp;etzen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="59"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="60"/>
        <source>Enter: next match · Shift+Enter: previous · Esc: close</source>
        <translation>Eingabe: nächster Treffer · Umschalt+Eingabe: vorheriger · Esc: schließen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="65"/>
        <source>The text each match is replaced with</source>
        <translation>Der Text, durch den jeder Treffer ersetzt wird</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="69"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="70"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Den vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="72"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="72"/>
        <source>Find the next match (F3)</source>
        <translation>Den nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="75"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="76"/>
        <source>Replace every match in the article: one undo step</source>
        <translation>Jeden Treffer im Artikel ersetzen: ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="78"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="78"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="84"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_bar.py" line="92"/>
        <source>Replace:</source>
        <translation>Ersetzen:</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="62"/>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="146"/>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="252"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="149"/>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="238"/>
        <source>Replace “{text}”</source>
        <translation>„{text}“ ersetzen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="242"/>
        <source>Replaced the last one</source>
        <translation>Den letzten Treffer ersetzt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="255"/>
        <source>Before Replace All “{text}”</source>
        <translation>Vor „Alle ersetzen“ von „{text}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="257"/>
        <source>Replace “{text}” ({count})</source>
        <translation>„{text}“ ersetzen ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="261"/>
        <source>Replaced 1 match</source>
        <translation>1 Treffer ersetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/slidewright/ui/editing/find_replace.py" line="261"/>
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n Treffer ersetzt</numerusform>
            <numerusform>%n Treffer ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstSave</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/first_save.py" line="26"/>
        <source>Saving changes how the file is written</source>
        <translation>Speichern ändert die Schreibweise der Datei</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/first_save.py" line="33"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/first_save.py" line="36"/>
        <source>{file} was written by hand or by another program. Saving keeps your article, but not all of the file as it is written:

{changes}

A copy of the file as it is now will be kept beside it as {copy} (a hidden file, which Hugo and Jekyll do not publish).

Save?</source>
        <translation>{file} wurde von Hand oder von einem anderen Programm geschrieben. Beim Speichern bleibt Ihr Artikel erhalten, aber nicht die ganze Datei so, wie sie geschrieben ist:

{changes}

Eine Kopie der Datei in ihrem jetzigen Zustand wird daneben als {copy} aufbewahrt (eine versteckte Datei, die Hugo und Jekyll nicht veröffentlichen).

Speichern?</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/first_save.py" line="64"/>
        <source>Not saved: {file} is unchanged</source>
        <translation>Nicht gespeichert: {file} ist unverändert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/first_save.py" line="75"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/first_save.py" line="76"/>
        <source>A copy of {file} could not be kept: {reason}. Nothing was saved; your changes are still open here.</source>
        <translation>Eine Kopie von {file} konnte nicht aufbewahrt werden: {reason}. Nichts wurde gespeichert; Ihre Änderungen sind hier weiterhin geöffnet.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/first_save.py" line="83"/>
        <source>Not saved: no copy of the original could be kept ({reason})</source>
        <translation>Nicht gespeichert: Keine Kopie des Originals konnte aufbewahrt werden ({reason})</translation>
    </message>
</context>
<context>
    <name>FormatTools</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/format_tools.py" line="26"/>
        <source>Formatting works in the Markdown fields (a slide&apos;s body, the article&apos;s intro): captions and titles are published as plain text</source>
        <translation>Formatierung wirkt in den Markdown-Feldern (Fließtext einer Folie, Einleitung des Artikels): Bildunterschriften und Titel werden als reiner Text veröffentlicht</translation>
    </message>
</context>
<context>
    <name>FromFile</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="29"/>
        <source>Pasted pixels carry no credit: type the slide&apos;s credit</source>
        <translation>Eingefügte Pixel tragen keinen Bildnachweis: Geben Sie den Bildnachweis der Folie ein</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="87"/>
        <source>The file names no credit: type the slide&apos;s credit</source>
        <translation>Die Datei nennt keinen Bildnachweis: Geben Sie den Bildnachweis der Folie ein</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="107"/>
        <source>credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="108"/>
        <source>creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="109"/>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="110"/>
        <source>licence link</source>
        <translation>Lizenzlink</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="117"/>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="122"/>
        <source>{fields} filled from the file: {credit}</source>
        <translation>{fields} aus der Datei übernommen: {credit}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="133"/>
        <source>The file says &quot;{credit}&quot;; the typed credit was kept (Problems offers the file&apos;s credit)</source>
        <translation>Die Datei nennt „{credit}“; der eingegebene Bildnachweis wurde beibehalten (Probleme bietet den Bildnachweis der Datei an)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="150"/>
        <source>Credit and alt text cleared: they described the previous picture</source>
        <translation>Bildnachweis und Alternativtext geleert: Sie beschrieben das vorige Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="153"/>
        <source>Credit cleared: it described the previous picture</source>
        <translation>Bildnachweis geleert: Er beschrieb das vorige Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="156"/>
        <source>Alt text cleared: it described the previous picture</source>
        <translation>Alternativtext geleert: Er beschrieb das vorige Bild</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/history_keeper.py" line="32"/>
        <source>The file could not be read</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/history_keeper.py" line="48"/>
        <source>History: {reason}</source>
        <translation>Versionsverlauf: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/history_keeper.py" line="70"/>
        <source>As opened</source>
        <translation>Wie geöffnet</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/history_keeper.py" line="90"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/history_keeper.py" line="133"/>
        <source>The version before could not be read</source>
        <translation>Die vorherige Fassung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/history_keeper.py" line="146"/>
        <source>This version was not kept in the history: {reason}</source>
        <translation>Diese Fassung wurde nicht im Versionsverlauf aufbewahrt: {reason}</translation>
    </message>
</context>
<context>
    <name>InsertSlides</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="157"/>
        <source>Add slide</source>
        <translation>Folie hinzufügen</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/launch.py" line="28"/>
        <source>Open Library: a folder of articles</source>
        <translation>Bibliothek öffnen: ein Ordner mit Artikeln</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/launch.py" line="55"/>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/launch.py" line="56"/>
        <source>The library cannot be opened: {reason}</source>
        <translation>Die Bibliothek kann nicht geöffnet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>LengthHint</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/length_hint.py" line="54"/>
        <source>{count} characters: {why} (about {limit}). The rest will be cut.</source>
        <translation>{count} Zeichen: {why} (etwa {limit}). Der Rest wird abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/length_hint.py" line="56"/>
        <source>{count} characters: {why} (about {limit}).</source>
        <translation>{count} Zeichen: {why} (etwa {limit}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/length_hint.py" line="59"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} von {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="45"/>
        <source>All pictures</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="47"/>
        <source>Licence expiring in {days} days (or ended)</source>
        <translation>Lizenz läuft in {days} Tagen ab (oder ist abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="51"/>
        <source>Credited differently elsewhere</source>
        <translation>Anderswo anders nachgewiesen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="55"/>
        <source>No licence recorded</source>
        <translation>Keine Lizenz erfasst</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="120"/>
        <source>Library: {folder}</source>
        <translation>Bibliothek: {folder}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="136"/>
        <source>&amp;Articles</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="137"/>
        <source>&amp;Pictures</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="155"/>
        <source>Search titles, folders and credits</source>
        <translation>Titel, Ordner und Bildnachweise durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="156"/>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="172"/>
        <source>Show pictures</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="184"/>
        <source>Where the picture is used</source>
        <translation>Wo das Bild verwendet wird</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="192"/>
        <source>Where used (double-click to open the article at the slide):</source>
        <translation>Verwendet in (Doppelklick öffnet den Artikel bei dieser Folie):</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="226"/>
        <source>Indexing…</source>
        <translation>Indizierung…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="231"/>
        <source>Indexing failed: {reason}</source>
        <translation>Indizierung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="240"/>
        <source>Indexing {done} of {total} articles…</source>
        <translation>Indiziere {done} von {total} Artikeln…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="256"/>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="256"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="258"/>
        <source>{articles}, {pictures} pictures, {findings} findings</source>
        <translation>{articles}, {pictures} Bilder, {findings} Befunde</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="289"/>
        <source>(no credit)</source>
        <translation>(kein Bildnachweis)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="291"/>
        <source>{article}, slide {number}: {credit}, licence until {end}</source>
        <translation>{article}, Folie {number}: {credit}, Lizenz bis {end}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/dialog.py" line="293"/>
        <source>{article}, slide {number}: {credit}</source>
        <translation>{article}, Folie {number}: {credit}</translation>
    </message>
</context>
<context>
    <name>LibraryNotes</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/problems_notes.py" line="115"/>
        <source>Across the library ({count})</source>
        <translation>In der ganzen Bibliothek ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/problems_notes.py" line="118"/>
        <source>From File ▸ Open Library…&apos;s index of this article&apos;s folder</source>
        <translation>Aus dem Index von Datei ▸ Bibliothek öffnen… für den Ordner dieses Artikels</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/problems_notes.py" line="121"/>
        <source>{severity}: slide {number}: {message}</source>
        <translation>{severity}: Folie {number}: {message}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/problems_notes.py" line="123"/>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
</context>
<context>
    <name>MoveSlides</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="191"/>
        <source>Move slide</source>
        <translation>Folie verschieben</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="193"/>
        <source>Move %n slides</source>
        <translation>%n Folien verschieben</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/note_dialog.py" line="43"/>
        <source>Note &amp;on:</source>
        <translation>Notiz &amp;zu:</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/note_dialog.py" line="47"/>
        <source>Ctrl+Enter sends it</source>
        <translation>Strg+Eingabe sendet sie ab</translation>
    </message>
</context>
<context>
    <name>NotesGone</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/commands.py" line="41"/>
        <source>1 open note went with the deleted slide; Undo brings it back</source>
        <translation>1 offene Notiz wurde mit der Folie gelöscht; Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/commands.py" line="45"/>
        <source>%n open notes went with the deleted slides; Undo brings them back</source>
        <translation>%n offene Notizen wurden mit den Folien gelöscht; Rückgängig holt sie zurück</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="43"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="44"/>
        <source>{author}, {time}: {text}</source>
        <translation>{author}, {time}: {text}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="72"/>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="188"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="79"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="79"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="79"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="79"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="82"/>
        <source>Editor&apos;s notes</source>
        <translation>Notizen der Redaktion</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="94"/>
        <source>Show resolved</source>
        <translation>Erledigte anzeigen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="97"/>
        <source>Add Note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="98"/>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="99"/>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="212"/>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="100"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="157"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="159"/>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="293"/>
        <source>Slide {number}</source>
        <translation>Folie {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="162"/>
        <source>{note} (resolved)</source>
        <translation>{note} (erledigt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="188"/>
        <source>&amp;Notes (%n open)</source>
        <translation>
            <numerusform>&amp;Notizen (%n offen)</numerusform>
            <numerusform>&amp;Notizen (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="212"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="243"/>
        <source>Add note on the article</source>
        <translation>Notiz zum Artikel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="245"/>
        <source>Add note on slide {number}</source>
        <translation>Notiz zu Folie {number} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="261"/>
        <source>Reply to note</source>
        <translation>Auf Notiz antworten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="274"/>
        <source>Resolve note</source>
        <translation>Notiz erledigen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="274"/>
        <source>Reopen note</source>
        <translation>Notiz wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="285"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="294"/>
        <source>The article</source>
        <translation>Der Artikel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="295"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="295"/>
        <source>Note for the editor:</source>
        <translation>Notiz für die Redaktion:</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="307"/>
        <source>Reply to {author}: “{note}”</source>
        <translation>Antwort an {author}: „{note}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="309"/>
        <source>Reply to the note: “{note}”</source>
        <translation>Antwort auf die Notiz: „{note}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/notes/panel.py" line="312"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>PasteImage</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/paste_image.py" line="72"/>
        <source>The picture on the clipboard is {width} × {height} pixels; a slide image may have up to {millions} million.</source>
        <translation>Das Bild in der Zwischenablage hat {width} × {height} Pixel; ein Folienbild darf bis zu {millions} Millionen haben.</translation>
    </message>
</context>
<context>
    <name>PhotosModel</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="111"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="112"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="113"/>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="114"/>
        <source>Credits</source>
        <translation>Bildnachweise</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="115"/>
        <source>Licence until</source>
        <translation>Lizenz bis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/library/models.py" line="163"/>
        <source>{names} and {more} more</source>
        <translation>{names} und {more} weitere</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/preview/view.py" line="361"/>
        <source>Preview could not update: {reason}</source>
        <translation>Vorschau konnte nicht aktualisiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewRender</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/preview/render.py" line="41"/>
        <source>Remote image from {host} is not loaded in the preview</source>
        <translation>Entferntes Bild von {host} wird in der Vorschau nicht geladen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/preview/render.py" line="45"/>
        <source>Remote image from the web is not loaded in the preview</source>
        <translation>Entferntes Bild aus dem Web wird in der Vorschau nicht geladen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/preview/render.py" line="52"/>
        <source>Image outside the article folder: {path}</source>
        <translation>Bild außerhalb des Artikelordners: {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/preview/render.py" line="62"/>
        <source>Image not shown: {reason}</source>
        <translation>Bild nicht angezeigt: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/preview/render.py" line="69"/>
        <source>Image not found: {path}</source>
        <translation>Bild nicht gefunden: {path}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/preview/render.py" line="76"/>
        <source>Image not shown: {path}: {reason}</source>
        <translation>Bild nicht angezeigt: {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="36"/>
        <source>Prune Older Versions</source>
        <translation>Ältere Versionen löschen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="40"/>
        <source>Delete older versions of this article&apos;s history:</source>
        <translation>Ältere Versionen aus dem Verlauf dieses Artikels löschen:</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="42"/>
        <source>Keep the {count} newest versions</source>
        <translation>Die {count} neuesten Versionen behalten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="45"/>
        <source>Delete versions older than {days} days</source>
        <translation>Versionen löschen, die älter als {days} Tage sind</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="51"/>
        <source>1 version, frees {space}</source>
        <translation>1 Version, gibt {space} frei</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="53"/>
        <source>%n versions, frees {space}</source>
        <translation>
            <numerusform>%n Version, gibt {space} frei</numerusform>
            <numerusform>%n Versionen, geben {space} frei</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="57"/>
        <source>nothing to delete</source>
        <translation>nichts zu löschen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="66"/>
        <source>Deleted versions cannot be brought back.</source>
        <translation>Gelöschte Versionen lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/prune_dialog.py" line="69"/>
        <source>Delete Versions</source>
        <translation>Versionen löschen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/recovery.py" line="106"/>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

{file} has changed on disk since these edits were made (another program or window wrote it). Restoring puts your edits in place of what the file holds now; Undo brings the file&apos;s version back.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>Slidewright hat ungespeicherte Änderungen an „{title}“ vom {when} aufbewahrt; diese Sitzung endete, ohne sie zu speichern.

{file} wurde seit diesen Änderungen auf dem Datenträger geändert (ein anderes Programm oder Fenster hat die Datei geschrieben). Wiederherstellen setzt Ihre Änderungen an die Stelle dessen, was die Datei jetzt enthält; Rückgängig holt die Fassung der Datei zurück.

Wiederherstellen? Sie können das Wiederherstellen rückgängig machen, und nichts wird gespeichert, bevor Sie speichern. Verwerfen löscht die aufbewahrte Kopie.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/session/recovery.py" line="116"/>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>Slidewright hat ungespeicherte Änderungen an „{title}“ vom {when} aufbewahrt; diese Sitzung endete, ohne sie zu speichern.

Wiederherstellen? Sie können das Wiederherstellen rückgängig machen, und nichts wird gespeichert, bevor Sie speichern. Verwerfen löscht die aufbewahrte Kopie.</translation>
    </message>
</context>
<context>
    <name>RemoveSlides</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="172"/>
        <source>Delete slide</source>
        <translation>Folie löschen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="174"/>
        <source>Delete %n slides</source>
        <translation>%n Folien löschen</translation>
    </message>
</context>
<context>
    <name>SetArticleField</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="138"/>
        <source>Format article {field}</source>
        <translation>Artikel: {field} formatieren</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="140"/>
        <source>Edit article {field}</source>
        <translation>Artikel: {field} bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetImageWithCredits</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="214"/>
        <source>Set slide {number} image and its credit from the file</source>
        <translation>Bild von Folie {number} und Bildnachweis aus der Datei setzen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/image_credits.py" line="218"/>
        <source>Set slide {number} image</source>
        <translation>Bild von Folie {number} setzen</translation>
    </message>
</context>
<context>
    <name>SetSlideField</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="115"/>
        <source>Format slide {number} {field}</source>
        <translation>Folie {number}: {field} formatieren</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/commands.py" line="117"/>
        <source>Edit slide {number} {field}</source>
        <translation>Folie {number}: {field} bearbeiten</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_editor.py" line="85"/>
        <source>Licence and source</source>
        <translation>Lizenz und Quelle</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_editor.py" line="88"/>
        <source>Licence, creator and source links, for images that are not agency photos</source>
        <translation>Lizenz, Urheber und Quellenlinks, für Bilder, die keine Agenturfotos sind</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_editor.py" line="105"/>
        <source>Slide image</source>
        <translation>Folienbild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_editor.py" line="106"/>
        <location filename="../../../desktop/slidewright/ui/editing/slide_editor.py" line="178"/>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_editor.py" line="108"/>
        <source>Choose Image…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_editor.py" line="110"/>
        <source>Choose the slide&apos;s image; or drop an image file here, or paste one (Ctrl+V)</source>
        <translation>Das Bild der Folie wählen; oder eine Bilddatei hierher ziehen oder einfügen (Strg+V)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_editor.py" line="175"/>
        <source>No image: choose one, drop or paste a file here</source>
        <translation>Kein Bild: eines wählen, eine Datei hierher ziehen oder einfügen</translation>
    </message>
</context>
<context>
    <name>SlideList</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="161"/>
        <source>1 problem, worst: {severity}</source>
        <translation>1 Problem, schwerstes: {severity}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="163"/>
        <source>%n problems, worst: {severity}</source>
        <translation>%n Probleme, schwerstes: {severity}</translation>
    </message>
</context>
<context>
    <name>SlideListModel</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="92"/>
        <source>Untitled slide</source>
        <translation>Folie ohne Überschrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="98"/>
        <source>no image</source>
        <translation>kein Bild</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="101"/>
        <source>%n credit/image finding(s), worst: {severity}</source>
        <translation>
            <numerusform>%n Befund zu Bildnachweis/Bild, schwerster: {severity}</numerusform>
            <numerusform>%n Befunde zu Bildnachweis/Bild, schwerster: {severity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="105"/>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="126"/>
        <source>%n open note(s) for the editor</source>
        <translation>
            <numerusform>%n offene Notiz für die Redaktion</numerusform>
            <numerusform>%n offene Notizen für die Redaktion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="109"/>
        <source>untitled</source>
        <translation>ohne Überschrift</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="111"/>
        <source>Slide {number}: {heading}, {problems}</source>
        <translation>Folie {number}: {heading}, {problems}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="113"/>
        <source>Slide {number}: {heading}</source>
        <translation>Folie {number}: {heading}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="121"/>
        <source>Image: {file}</source>
        <translation>Bild: {file}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="123"/>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>SlideListView</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/slide_list.py" line="205"/>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
</context>
<context>
    <name>SpellingMenus</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/spelling_menu.py" line="96"/>
        <source>No spelling suggestions</source>
        <translation>Keine Rechtschreibvorschläge</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/spelling_menu.py" line="101"/>
        <source>Add “{word}” to Dictionary</source>
        <translation>„{word}“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/editing/thumbnails.py" line="44"/>
        <source>no image</source>
        <translation>kein Bild</translation>
    </message>
</context>
</TS>
