<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessWiring</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>The selected slide&apos;s fields, or the article&apos;s</source>
        <translation>Die Felder der ausgewählten Folie oder des Artikels</translation>
    </message>
    <message>
        <source>Problems: {totals}</source>
        <translation>Probleme: {totals}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Überschrift</translation>
    </message>
    <message>
        <source>Slide {number} of {count}: {heading}</source>
        <translation>Folie {number} von {count}: {heading}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>e.g. Read more from the Coast Desk</source>
        <translation>z. B. Mehr aus der Küstenredaktion</translation>
    </message>
    <message>
        <source>{field} heading</source>
        <translation>Überschrift von „{field}“</translation>
    </message>
    <message>
        <source>The heading over the links after the last slide</source>
        <translation>Die Überschrift über den Links nach der letzten Folie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Link entfernen</translation>
    </message>
    <message>
        <source>Add a read-more link below the selected one</source>
        <translation>Einen Weiterlesen-Link unter dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected read-more link</source>
        <translation>Den ausgewählten Weiterlesen-Link entfernen</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>{path}: could not be opened ({kind}: {reason})</source>
        <translation>{path}: konnte nicht geöffnet werden ({kind}: {reason})</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Slidewright articles (*.md)</source>
        <translation>Slidewright-Artikel (*.md)</translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>New Article: where to keep it</source>
        <translation>Neuer Artikel: Speicherort wählen</translation>
    </message>
    <message>
        <source>Folder holds an article</source>
        <translation>Ordner enthält bereits einen Artikel</translation>
    </message>
    <message>
        <source>{folder} already holds an article (index.md). Open it instead, or pick an empty folder.</source>
        <translation>{folder} enthält bereits einen Artikel (index.md). Öffnen Sie ihn stattdessen oder wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Cannot create article</source>
        <translation>Artikel kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Merge takes the other program&apos;s changes into the slides you did not edit and keeps your unsaved edits.</source>
        <translation>„Zusammenführen“ übernimmt die Änderungen des anderen Programms in die Folien, die Sie nicht bearbeitet haben, und behält Ihre ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>Article changed on disk</source>
        <translation>Artikel auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>{file} was changed by another program.

{changes}

Reload it (your unsaved version is kept in History), or keep your version?</source>
        <translation>{file} wurde von einem anderen Programm geändert.

{changes}

Neu laden (Ihre ungespeicherte Fassung bleibt im Versionsverlauf), oder Ihre Fassung behalten?</translation>
    </message>
    <message>
        <source>Merged the changes made on disk with yours</source>
        <translation>Die Änderungen auf dem Datenträger wurden mit Ihren zusammengeführt</translation>
    </message>
    <message>
        <source>Reloaded {file}, changed on disk: {changes}. Your version is in History (Undo brings it back)</source>
        <translation>{file} neu geladen, auf dem Datenträger geändert: {changes}. Ihre Fassung liegt im Versionsverlauf (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>{file} was changed by another program: you will be asked when you pause</source>
        <translation>{file} wurde von einem anderen Programm geändert: Sie werden gefragt, sobald Sie eine Pause machen</translation>
    </message>
    <message>
        <source>The new version cannot be read: {reason}</source>
        <translation>Die neue Fassung kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot reload article</source>
        <translation>Artikel kann nicht neu geladen werden</translation>
    </message>
    <message>
        <source>{reason}

Your version stays open; Save asks before writing over that file.</source>
        <translation>{reason}

Ihre Fassung bleibt geöffnet; Speichern fragt nach, bevor diese Datei überschrieben wird.</translation>
    </message>
    <message>
        <source>Reloaded {file}, changed on disk: {changes}</source>
        <translation>{file} neu geladen, auf dem Datenträger geändert: {changes}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}. The file on disk is unchanged; your changes are still open here.</source>
        <translation>{file} konnte nicht gespeichert werden: {reason}. Die Datei auf dem Datenträger ist unverändert; Ihre Änderungen sind hier weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}; the original is kept as {copy}</source>
        <translation>{file} gespeichert; das Original bleibt als {copy} erhalten</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>Save Article As: name its new folder</source>
        <translation>Artikel speichern unter: neuen Ordner benennen</translation>
    </message>
    <message>
        <source>{folder} already holds an article; pick an empty folder.</source>
        <translation>{folder} enthält bereits einen Artikel; wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Folder is not empty</source>
        <translation>Ordner ist nicht leer</translation>
    </message>
    <message>
        <source>{folder} already holds other files. Save the article there anyway? Images of the article replace files of the same name.</source>
        <translation>{folder} enthält bereits andere Dateien. Den Artikel trotzdem dort speichern? Bilder des Artikels ersetzen gleichnamige Dateien.</translation>
    </message>
    <message>
        <source>Replace images?</source>
        <translation>Bilder ersetzen?</translation>
    </message>
    <message>
        <source>{folder} already holds different images with the same names:
{images}

Replace them with the article&apos;s images?</source>
        <translation>{folder} enthält bereits andere Bilder mit denselben Namen:
{images}

Durch die Bilder des Artikels ersetzen?</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Gespeichert als {file}</translation>
    </message>
    <message>
        <source>Some images were missing</source>
        <translation>Einige Bilder fehlten</translation>
    </message>
    <message>
        <source>These images were not copied (missing, or outside the article&apos;s folder):
{images}</source>
        <translation>Diese Bilder wurden nicht kopiert (fehlen oder liegen außerhalb des Artikelordners):
{images}</translation>
    </message>
    <message>
        <source>Typed text not saved</source>
        <translation>Getippter Text nicht gespeichert</translation>
    </message>
    <message>
        <source>Close the article without it?</source>
        <translation>Den Artikel ohne ihn schließen?</translation>
    </message>
    <message>
        <source>Close Without It</source>
        <translation>Ohne ihn schließen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>This article cannot be read; double-click to see why</source>
        <translation>Dieser Artikel kann nicht gelesen werden; Doppelklick zeigt den Grund</translation>
    </message>
</context>
<context>
    <name>AssignImages</name>
    <message>
        <source>Choose Images for All Slides</source>
        <translation>Bilder für alle Folien wählen</translation>
    </message>
    <message>
        <source>Every slide has an image already</source>
        <translation>Jede Folie hat bereits ein Bild</translation>
    </message>
    <message>
        <source>1 slide has no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>1 Folie hat kein Bild. Wählen Sie einen Bilderordner oder mehrere Bilddateien: Sie werden in der Reihenfolge ihrer Namen dieser Folie zugeordnet.</translation>
    </message>
    <message>
        <source>%n slides have no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>%n Folien haben kein Bild. Wählen Sie einen Bilderordner oder mehrere Bilddateien: Sie werden in der Reihenfolge ihrer Namen diesen Folien zugeordnet.</translation>
    </message>
    <message>
        <source>No images (JPEG, PNG, WebP, GIF or SVG) found in {names}.</source>
        <translation>Keine Bilder (JPEG, PNG, WebP, GIF oder SVG) in {names} gefunden.</translation>
    </message>
    <message>
        <source>Choose images for 1 slide</source>
        <translation>Bild für 1 Folie wählen</translation>
    </message>
    <message>
        <source>Choose images for %n slides</source>
        <translation>Bilder für %n Folien wählen</translation>
    </message>
    <message>
        <source>These files were not used:
{files}</source>
        <translation>Diese Dateien wurden nicht verwendet:
{files}</translation>
    </message>
    <message>
        <source>Images chosen for 1 slide</source>
        <translation>Bild für 1 Folie gewählt</translation>
    </message>
    <message>
        <source>Images chosen for %n slides</source>
        <translation>Bilder für %n Folien gewählt</translation>
    </message>
    <message>
        <source>%n still without an image</source>
        <translation>%n noch ohne Bild</translation>
    </message>
    <message>
        <source>1 image left over</source>
        <translation>1 Bild übrig</translation>
    </message>
    <message>
        <source>%n images left over</source>
        <translation>%n Bilder übrig</translation>
    </message>
</context>
<context>
    <name>CaptionCells</name>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <source>Recovery copy not written: {reason}</source>
        <translation>Wiederherstellungskopie nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Recovery copy not written</source>
        <translation>Wiederherstellungskopie nicht geschrieben</translation>
    </message>
    <message>
        <source>Slidewright could not copy your unsaved changes aside: {reason}.

Your work is still open; save it to keep it.</source>
        <translation>Slidewright konnte Ihre ungespeicherten Änderungen nicht sichern: {reason}.

Ihre Arbeit ist noch geöffnet; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Recovery copy cannot be read</source>
        <translation>Wiederherstellungskopie nicht lesbar</translation>
    </message>
    <message>
        <source>Slidewright kept unsaved changes to this article in
{file}
but cannot read them ({problem}). The copy is kept there for you.</source>
        <translation>Slidewright hat ungespeicherte Änderungen an diesem Artikel in
{file}
aufbewahrt, kann sie aber nicht lesen ({problem}). Die Kopie bleibt dort für Sie erhalten.</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CredentialsLine</name>
    <message>
        <source>What failed:</source>
        <translation>Was fehlgeschlagen ist:</translation>
    </message>
    <message>
        <source>Written by: {generator}</source>
        <translation>Geschrieben von: {generator}</translation>
    </message>
    <message>
        <source>Author: {names}</source>
        <translation>Autor: {names}</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Was gemacht wurde:</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Erstellt aus:</translation>
    </message>
    <message>
        <source>{title} (the original)</source>
        <translation>{title} (das Original)</translation>
    </message>
    <message>
        <source>The credentials say the picture must not be used to train AI.</source>
        <translation>Laut den Inhaltsnachweisen darf das Bild nicht zum Trainieren von KI verwendet werden.</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Content Credentials details</source>
        <translation>Details der Inhaltsnachweise</translation>
    </message>
    <message>
        <source>{mark} Content Credentials: {summary}</source>
        <translation>{mark} Inhaltsnachweise: {summary}</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>{number} MB</source>
        <translation>{number} MB</translation>
    </message>
    <message>
        <source>{number} kB</source>
        <translation>{number} kB</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2026-11-27, 27 Nov 2026 or Nov 27, 2026</source>
        <translation>z. B. 2026-11-27, 27 Nov 2026 oder Nov 27, 2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Datum aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Article date calendar</source>
        <translation>Kalender für das Artikeldatum</translation>
    </message>
    <message>
        <source>The Date field holds “{text}”, which is not a date, so it is not saved.</source>
        <translation>Im Feld Datum steht „{text}“, das ist kein Datum und wird daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>DiskChanges</name>
    <message>
        <source>slide {number} ({heading})</source>
        <translation>Folie {number} ({heading})</translation>
    </message>
    <message>
        <source>slide {number}</source>
        <translation>Folie {number}</translation>
    </message>
    <message>
        <source>Changed: {slides} and 1 more</source>
        <translation>Geändert: {slides} und 1 weitere</translation>
    </message>
    <message>
        <source>Changed: {slides} and {more} more</source>
        <translation>Geändert: {slides} und {more} weitere</translation>
    </message>
    <message>
        <source>Changed: {slides}</source>
        <translation>Geändert: {slides}</translation>
    </message>
    <message>
        <source>Added: 1 slide at the end</source>
        <translation>Hinzugefügt: 1 Folie am Ende</translation>
    </message>
    <message>
        <source>Added: %n slides at the end</source>
        <translation>Hinzugefügt: %n Folien am Ende</translation>
    </message>
    <message>
        <source>Removed: the last slide</source>
        <translation>Entfernt: die letzte Folie</translation>
    </message>
    <message>
        <source>Removed: the last %n slides</source>
        <translation>Entfernt: die letzten %n Folien</translation>
    </message>
    <message>
        <source>Article: {fields}</source>
        <translation>Artikel: {fields}</translation>
    </message>
    <message>
        <source>No difference in the article&apos;s content (only its layout).</source>
        <translation>Kein Unterschied im Inhalt des Artikels (nur in seiner Schreibweise in der Datei).</translation>
    </message>
</context>
<context>
    <name>DiskConflict</name>
    <message>
        <source>the number of slides</source>
        <translation>die Anzahl der Folien</translation>
    </message>
    <message>
        <source>You and the other program both changed: {places}.</source>
        <translation>Sie und das andere Programm haben beide geändert: {places}.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>{file} was changed by another program since you opened it.

Overwrite it with your version? Their changes will be lost.</source>
        <translation>{file} wurde seit dem Öffnen von einem anderen Programm geändert.

Mit Ihrer Fassung überschreiben? Die anderen Änderungen gehen dann verloren.</translation>
    </message>
    <message>
        <source>Merge takes their changes into the slides you did not edit, then saves.</source>
        <translation>Zusammenführen übernimmt die anderen Änderungen in die Folien, die Sie nicht bearbeitet haben, und speichert dann.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>Merge and Save</source>
        <translation>Zusammenführen und speichern</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Merge changes from disk</source>
        <translation>Änderungen vom Datenträger zusammenführen</translation>
    </message>
    <message>
        <source>Before reload</source>
        <translation>Vor dem Neuladen</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Hea&amp;ding</source>
        <translation>Übe&amp;rschrift</translation>
    </message>
    <message>
        <source>Slide heading</source>
        <translation>Folienüberschrift</translation>
    </message>
    <message>
        <source>The slide&apos;s heading, numbered on the page; its image files are named after it</source>
        <translation>Die Überschrift der Folie, auf der Seite nummeriert; ihre Bilddateien werden nach ihr benannt</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&amp;Alt text</source>
        <translation>Alternativ&amp;text</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Read aloud to readers who cannot see the image: what it shows, in a sentence</source>
        <translation>Wird Lesern vorgelesen, die das Bild nicht sehen können: was es zeigt, in einem Satz</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>Bild&amp;nachweis</translation>
    </message>
    <message>
        <source>e.g. Jana Novak/Shutterstock (the label is added for you)</source>
        <translation>z. B. Jana Novak/Shutterstock (die Bezeichnung wird automatisch ergänzt)</translation>
    </message>
    <message>
        <source>Who made the image and for which agency, as the agency asks to be credited</source>
        <translation>Wer das Bild gemacht hat und für welche Agentur, so wie die Agentur genannt werden möchte</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>Bildunter&amp;schrift</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Bildunterschrift (optional)</translation>
    </message>
    <message>
        <source>A line under the image, beside the credit (optional): *italic*, **bold**, [a link](…)</source>
        <translation>Eine Zeile unter dem Bild, neben dem Bildnachweis (optional): *kursiv*, **fett**, [ein Link](…)</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>Fließte&amp;xt</translation>
    </message>
    <message>
        <source>Body paragraphs in Markdown</source>
        <translation>Absätze des Fließtexts in Markdown</translation>
    </message>
    <message>
        <source>The slide&apos;s paragraphs, in Markdown: *italic*, **bold**, [a link](https://…)</source>
        <translation>Die Absätze der Folie, in Markdown: *kursiv*, **fett**, [ein Link](https://…)</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Fließtext</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>e.g. CC BY-SA 4.0</source>
        <translation>z. B. CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>The image&apos;s licence when it is not an agency photo, e.g. CC BY-SA 4.0</source>
        <translation>Die Lizenz des Bildes, wenn es kein Agenturfoto ist, z. B. CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Photographer or author</source>
        <translation>Fotograf oder Urheber</translation>
    </message>
    <message>
        <source>The photographer or author a licence asks you to name</source>
        <translation>Der Fotograf oder Urheber, den eine Lizenz zu nennen verlangt</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Quellenlink</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Where the image was found (its page, not the image file)</source>
        <translation>Wo das Bild gefunden wurde (seine Seite, nicht die Bilddatei)</translation>
    </message>
    <message>
        <source>source link</source>
        <translation>Quellenlink</translation>
    </message>
    <message>
        <source>Licence link</source>
        <translation>Lizenzlink</translation>
    </message>
    <message>
        <source>https://creativecommons.org/licenses/…</source>
        <translation>https://creativecommons.org/licenses/…</translation>
    </message>
    <message>
        <source>The licence&apos;s own page, linked beside the credit</source>
        <translation>Die Seite der Lizenz selbst, neben dem Bildnachweis verlinkt</translation>
    </message>
    <message>
        <source>licence link</source>
        <translation>Lizenzlink</translation>
    </message>
    <message>
        <source>Licence from</source>
        <translation>Lizenz ab</translation>
    </message>
    <message>
        <source>e.g. 2026-01-01</source>
        <translation>z. B. 2026-01-01</translation>
    </message>
    <message>
        <source>The first day the image&apos;s licence covers (YYYY-MM-DD), from the agency&apos;s invoice</source>
        <translation>Der erste Tag, den die Lizenz des Bildes abdeckt (JJJJ-MM-TT), laut Rechnung der Agentur</translation>
    </message>
    <message>
        <source>licence start</source>
        <translation>Lizenzbeginn</translation>
    </message>
    <message>
        <source>Licence until</source>
        <translation>Lizenz bis</translation>
    </message>
    <message>
        <source>e.g. 2027-12-31</source>
        <translation>z. B. 2027-12-31</translation>
    </message>
    <message>
        <source>The last day the image may be shown (YYYY-MM-DD); File &gt; Open Library warns before it</source>
        <translation>Der letzte Tag, an dem das Bild gezeigt werden darf (JJJJ-MM-TT); Datei &gt; Bibliothek öffnen warnt vorher</translation>
    </message>
    <message>
        <source>licence end</source>
        <translation>Lizenzende</translation>
    </message>
    <message>
        <source>Editorial use only</source>
        <translation>Nur redaktionelle Nutzung</translation>
    </message>
    <message>
        <source>The agency allows this image beside news only: a sponsored article may not use it</source>
        <translation>Die Agentur erlaubt dieses Bild nur neben Nachrichten: Ein gesponserter Artikel darf es nicht verwenden</translation>
    </message>
    <message>
        <source>editorial use</source>
        <translation>redaktionelle Nutzung</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titel des Artikels</translation>
    </message>
    <message>
        <source>The article&apos;s headline, also the page title in search results</source>
        <translation>Die Schlagzeile des Artikels, auch der Seitentitel in Suchergebnissen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Beschreib&amp;ung</translation>
    </message>
    <message>
        <source>The standfirst under the title</source>
        <translation>Der Vorspann unter dem Titel</translation>
    </message>
    <message>
        <source>The standfirst under the title; search results show it as the summary</source>
        <translation>Der Vorspann unter dem Titel; Suchergebnisse zeigen ihn als Zusammenfassung</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Section shown in the breadcrumb, e.g. Travel</source>
        <translation>Ressort in der Brotkrümelnavigation, z. B. Reise</translation>
    </message>
    <message>
        <source>The section the article belongs to, shown in the breadcrumb</source>
        <translation>Das Ressort, zu dem der Artikel gehört, in der Brotkrümelnavigation angezeigt</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Tag&amp;s</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Topics, comma-separated, for feeds and site exports</source>
        <translation>Themen, durch Kommas getrennt, für Feeds und Website-Exporte</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>Auto&amp;r</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>The byline</source>
        <translation>Die Autorenzeile</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>Datu&amp;m</translation>
    </message>
    <message>
        <source>The publication date: type it in most forms, it is saved as YYYY-MM-DD</source>
        <translation>Das Veröffentlichungsdatum: in fast jeder Schreibweise eingeben, gespeichert wird es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Credit la&amp;bel</source>
        <translation>Nachweis-Beze&amp;ichnung</translation>
    </message>
    <message>
        <source>Printed before each credit, e.g. Credit</source>
        <translation>Steht vor jedem Bildnachweis, z. B. Foto</translation>
    </message>
    <message>
        <source>The word printed before every credit, e.g. Credit or Photo</source>
        <translation>Das Wort vor jedem Bildnachweis, z. B. Foto oder Bild</translation>
    </message>
    <message>
        <source>credit label</source>
        <translation>Nachweis-Bezeichnung</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>e.g. en-GB, for spelling and the page (empty: the system&apos;s language)</source>
        <translation>z. B. de-DE, für Rechtschreibung und Seite (leer: die Sprache des Systems)</translation>
    </message>
    <message>
        <source>The article&apos;s language: the spelling dictionary, and the page&apos;s lang for readers</source>
        <translation>Die Sprache des Artikels: das Wörterbuch der Rechtschreibprüfung und das lang der Seite für Leser</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sponsored article</source>
        <translation>Gesponserter Artikel</translation>
    </message>
    <message>
        <source>Sponsored content: images licensed for editorial use only become errors in Problems</source>
        <translation>Gesponserter Inhalt: Bilder, die nur für redaktionelle Nutzung lizenziert sind, werden unter Probleme zu Fehlern</translation>
    </message>
    <message>
        <source>sponsored</source>
        <translation>Kennzeichnung „gesponsert“</translation>
    </message>
    <message>
        <source>Publish locations</source>
        <translation>Orte veröffentlichen</translation>
    </message>
    <message>
        <source>Keep the pictures&apos; GPS position and place names in the published files (a travel piece); off: every location is removed</source>
        <translation>GPS-Position und Ortsnamen der Bilder in den veröffentlichten Dateien behalten (eine Reisereportage); aus: jede Ortsangabe wird entfernt</translation>
    </message>
    <message>
        <source>publish locations</source>
        <translation>Veröffentlichung der Orte</translation>
    </message>
    <message>
        <source>&amp;Intro</source>
        <translation>Ein&amp;leitung</translation>
    </message>
    <message>
        <source>Intro paragraphs in Markdown, shown before the first slide</source>
        <translation>Einleitende Absätze in Markdown, vor der ersten Folie angezeigt</translation>
    </message>
    <message>
        <source>Paragraphs before the first slide, in Markdown</source>
        <translation>Absätze vor der ersten Folie, in Markdown</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Weiterlesen</translation>
    </message>
    <message>
        <source>Links to other articles, shown after the last slide</source>
        <translation>Links zu anderen Artikeln, nach der letzten Folie angezeigt</translation>
    </message>
    <message>
        <source>read more</source>
        <translation>Weiterlesen-Block</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole article</source>
        <translation>Im ganzen Artikel suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorherige</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>Nä&amp;chste ▶</translation>
    </message>
    <message>
        <source>Repla&amp;ce</source>
        <translation>Erset&amp;zen</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>Alle ers&amp;etzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Enter: next match · Shift+Enter: previous · Esc: close</source>
        <translation>Eingabe: nächster Treffer · Umschalt+Eingabe: vorheriger · Esc: schließen</translation>
    </message>
    <message>
        <source>The text each match is replaced with</source>
        <translation>Der Text, durch den jeder Treffer ersetzt wird</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Den vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Den nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match in the article: one undo step</source>
        <translation>Jeden Treffer im Artikel ersetzen: ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Ersetzen:</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <source>Replace “{text}”</source>
        <translation>„{text}“ ersetzen</translation>
    </message>
    <message>
        <source>Replaced the last one</source>
        <translation>Den letzten Treffer ersetzt</translation>
    </message>
    <message>
        <source>Before Replace All “{text}”</source>
        <translation>Vor „Alle ersetzen“ von „{text}“</translation>
    </message>
    <message>
        <source>Replace “{text}” ({count})</source>
        <translation>„{text}“ ersetzen ({count})</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>1 Treffer ersetzt</translation>
    </message>
    <message numerus="yes">
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
        <source>Saving changes how the file is written</source>
        <translation>Speichern ändert die Schreibweise der Datei</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
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
        <source>Not saved: {file} is unchanged</source>
        <translation>Nicht gespeichert: {file} ist unverändert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>A copy of {file} could not be kept: {reason}. Nothing was saved; your changes are still open here.</source>
        <translation>Eine Kopie von {file} konnte nicht aufbewahrt werden: {reason}. Nichts wurde gespeichert; Ihre Änderungen sind hier weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Not saved: no copy of the original could be kept ({reason})</source>
        <translation>Nicht gespeichert: Keine Kopie des Originals konnte aufbewahrt werden ({reason})</translation>
    </message>
</context>
<context>
    <name>FormatTools</name>
    <message>
        <source>Formatting works in the Markdown fields (a slide&apos;s body and caption, the article&apos;s intro): headings and titles are published as plain text</source>
        <translation>Formatierungen wirken in den Markdown-Feldern (Text und Bildunterschrift einer Folie, Vorspann des Artikels): Überschriften und Titel werden als reiner Text veröffentlicht</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Remove Formatting</source>
        <translation>Formatierung entfernen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>FromFile</name>
    <message>
        <source>Pasted pixels carry no credit: type the slide&apos;s credit</source>
        <translation>Eingefügte Pixel tragen keinen Bildnachweis: Geben Sie den Bildnachweis der Folie ein</translation>
    </message>
    <message>
        <source>The file names no credit: type the slide&apos;s credit</source>
        <translation>Die Datei nennt keinen Bildnachweis: Geben Sie den Bildnachweis der Folie ein</translation>
    </message>
    <message>
        <source>The file&apos;s credit lines disagree (the Problems panel names them): type the slide&apos;s credit</source>
        <translation>Die Bildnachweise der Datei widersprechen sich (Probleme nennt sie): Geben Sie den Bildnachweis der Folie ein</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>licence link</source>
        <translation>Lizenzlink</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>{fields} filled from the file: {credit}</source>
        <translation>{fields} aus der Datei übernommen: {credit}</translation>
    </message>
    <message>
        <source>The file says &quot;{credit}&quot;; the typed credit was kept (Problems offers the file&apos;s credit)</source>
        <translation>Die Datei nennt „{credit}“; der eingegebene Bildnachweis wurde beibehalten (Probleme bietet den Bildnachweis der Datei an)</translation>
    </message>
    <message>
        <source>Credit and alt text cleared: they described the previous picture</source>
        <translation>Bildnachweis und Alternativtext geleert: Sie beschrieben das vorige Bild</translation>
    </message>
    <message>
        <source>Credit cleared: it described the previous picture</source>
        <translation>Bildnachweis geleert: Er beschrieb das vorige Bild</translation>
    </message>
    <message>
        <source>Alt text cleared: it described the previous picture</source>
        <translation>Alternativtext geleert: Er beschrieb das vorige Bild</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Before restore</source>
        <translation>Vor dem Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>The file could not be read</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>History: {reason}</source>
        <translation>Versionsverlauf: {reason}</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Wie geöffnet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The version before could not be read</source>
        <translation>Die vorherige Fassung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>This version was not kept in the history: {reason}</source>
        <translation>Diese Fassung wurde nicht im Versionsverlauf aufbewahrt: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Before import</source>
        <translation>Vor dem Import</translation>
    </message>
</context>
<context>
    <name>InsertSlides</name>
    <message>
        <source>Add slide</source>
        <translation>Folie hinzufügen</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Open Library: a folder of articles</source>
        <translation>Bibliothek öffnen: ein Ordner mit Artikeln</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>The library cannot be opened: {reason}</source>
        <translation>Die Bibliothek kann nicht geöffnet werden: {reason}</translation>
    </message>
</context>
<context>
    <name>LengthHint</name>
    <message>
        <source>{count} characters: {why} (about {limit}). The rest will be cut.</source>
        <translation>{count} Zeichen: {why} (etwa {limit}). Der Rest wird abgeschnitten.</translation>
    </message>
    <message>
        <source>{count} characters: {why} (about {limit}).</source>
        <translation>{count} Zeichen: {why} (etwa {limit}).</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} von {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>All pictures</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Licence expiring in {days} days (or ended)</source>
        <translation>Lizenz läuft in {days} Tagen ab (oder ist abgelaufen)</translation>
    </message>
    <message>
        <source>Credited differently elsewhere</source>
        <translation>Anderswo anders nachgewiesen</translation>
    </message>
    <message>
        <source>No licence recorded</source>
        <translation>Keine Lizenz erfasst</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>Bibliothek: {folder}</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>Search titles, folders and credits</source>
        <translation>Titel, Ordner und Bildnachweise durchsuchen</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Bilder anzeigen</translation>
    </message>
    <message>
        <source>Where the picture is used</source>
        <translation>Wo das Bild verwendet wird</translation>
    </message>
    <message>
        <source>Where used (double-click to open the article at the slide):</source>
        <translation>Verwendet in (Doppelklick öffnet den Artikel bei dieser Folie):</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indizierung…</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>Indizierung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} articles…</source>
        <translation>Indiziere {done} von {total} Artikeln…</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>{articles}, {pictures} pictures, {findings} findings</source>
        <translation>{articles}, {pictures} Bilder, {findings} Befunde</translation>
    </message>
    <message>
        <source>(no credit)</source>
        <translation>(kein Bildnachweis)</translation>
    </message>
    <message>
        <source>{article}, slide {number}: {credit}, licence until {end}</source>
        <translation>{article}, Folie {number}: {credit}, Lizenz bis {end}</translation>
    </message>
    <message>
        <source>{article}, slide {number}: {credit}</source>
        <translation>{article}, Folie {number}: {credit}</translation>
    </message>
</context>
<context>
    <name>LibraryNotes</name>
    <message>
        <source>Across the library ({count})</source>
        <translation>In der ganzen Bibliothek ({count})</translation>
    </message>
    <message>
        <source>From File ▸ Open Library…&apos;s index of this article&apos;s folder</source>
        <translation>Aus dem Index von Datei ▸ Bibliothek öffnen… für den Ordner dieses Artikels</translation>
    </message>
    <message>
        <source>{severity}: slide {number}: {message}</source>
        <translation>{severity}: Folie {number}: {message}</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
</context>
<context>
    <name>LinkAddress</name>
    <message>
        <source>“{text}” is not a web address, an e-mail address or a file in the article&apos;s folder: a link goes to https://…, http://…, mailto:… or a file of the article.</source>
        <translation>„{text}“ ist weder eine Webadresse noch eine E-Mail-Adresse noch eine Datei im Ordner des Artikels: Ein Link führt zu https://…, http://…, mailto:… oder zu einer Datei des Artikels.</translation>
    </message>
    <message>
        <source>E-mail link: {address}</source>
        <translation>E-Mail-Link: {address}</translation>
    </message>
    <message>
        <source>Link to the article&apos;s file: {address}</source>
        <translation>Link auf eine Datei des Artikels: {address}</translation>
    </message>
    <message>
        <source>Link to: {address}</source>
        <translation>Link auf: {address}</translation>
    </message>
</context>
<context>
    <name>MoveSlides</name>
    <message>
        <source>Move slide</source>
        <translation>Folie verschieben</translation>
    </message>
    <message>
        <source>Move %n slides</source>
        <translation>%n Folien verschieben</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note &amp;on:</source>
        <translation>Notiz &amp;zu:</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it</source>
        <translation>Strg+Eingabe sendet sie ab</translation>
    </message>
</context>
<context>
    <name>NotesGone</name>
    <message>
        <source>1 open note went with the deleted slide; Undo brings it back</source>
        <translation>1 offene Notiz wurde mit der Folie gelöscht; Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>%n open notes went with the deleted slides; Undo brings them back</source>
        <translation>%n offene Notizen wurden mit den Folien gelöscht; Rückgängig holt sie zurück</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>{author}, {time}: {text}</source>
        <translation>{author}, {time}: {text}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Editor&apos;s notes</source>
        <translation>Notizen der Redaktion</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>Folie {number}</translation>
    </message>
    <message>
        <source>{note} (resolved)</source>
        <translation>{note} (erledigt)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Notes (%n open)</source>
        <translation>
            <numerusform>&amp;Notizen (%n offen)</numerusform>
            <numerusform>&amp;Notizen (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Add note on the article</source>
        <translation>Notiz zum Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Add note on slide {number}</source>
        <translation>Notiz zu Folie {number} hinzufügen</translation>
    </message>
    <message>
        <source>Reply to note</source>
        <translation>Auf Notiz antworten</translation>
    </message>
    <message>
        <source>Resolve note</source>
        <translation>Notiz erledigen</translation>
    </message>
    <message>
        <source>Reopen note</source>
        <translation>Notiz wieder öffnen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Folie {number}: {heading}</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Der Artikel</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note for the editor:</source>
        <translation>Notiz für die Redaktion:</translation>
    </message>
    <message>
        <source>Reply to {author}: “{note}”</source>
        <translation>Antwort an {author}: „{note}“</translation>
    </message>
    <message>
        <source>Reply to the note: “{note}”</source>
        <translation>Antwort auf die Notiz: „{note}“</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>OpenElsewhere</name>
    <message>
        <source>“{title}” is open in another Slidewright window too (process {pid}). Edit it in one window only: when both save, the later save finds the file changed and asks which version to keep.</source>
        <translation>„{title}“ ist auch in einem anderen Slidewright-Fenster geöffnet (Prozess {pid}). Bearbeiten Sie den Artikel nur in einem Fenster: Speichern beide, findet das spätere Speichern die Datei verändert vor und fragt, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>In einem anderen Fenster geöffnet</translation>
    </message>
</context>
<context>
    <name>PasteImage</name>
    <message>
        <source>The picture on the clipboard is {width} × {height} pixels; a slide image may have up to {millions} million.</source>
        <translation>Das Bild in der Zwischenablage hat {width} × {height} Pixel; ein Folienbild darf bis zu {millions} Millionen haben.</translation>
    </message>
</context>
<context>
    <name>PhotosModel</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Bildnachweise</translation>
    </message>
    <message>
        <source>Licence until</source>
        <translation>Lizenz bis</translation>
    </message>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} und 1 weiterer</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} und {more} weitere</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Preview could not update: {reason}</source>
        <translation>Vorschau konnte nicht aktualisiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewRender</name>
    <message>
        <source>Remote image from {host} is not loaded in the preview</source>
        <translation>Entferntes Bild von {host} wird in der Vorschau nicht geladen</translation>
    </message>
    <message>
        <source>Remote image from the web is not loaded in the preview</source>
        <translation>Entferntes Bild aus dem Web wird in der Vorschau nicht geladen</translation>
    </message>
    <message>
        <source>Image outside the article folder: {path}</source>
        <translation>Bild außerhalb des Artikelordners: {path}</translation>
    </message>
    <message>
        <source>Image not shown: {reason}</source>
        <translation>Bild nicht angezeigt: {reason}</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>Bild nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>Image not shown: {path}: {reason}</source>
        <translation>Bild nicht angezeigt: {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune Older Versions</source>
        <translation>Ältere Versionen löschen</translation>
    </message>
    <message>
        <source>Delete older versions of this article&apos;s history:</source>
        <translation>Ältere Versionen aus dem Verlauf dieses Artikels löschen:</translation>
    </message>
    <message>
        <source>Keep the {count} newest versions</source>
        <translation>Die {count} neuesten Versionen behalten</translation>
    </message>
    <message>
        <source>Delete versions older than {days} days</source>
        <translation>Versionen löschen, die älter als {days} Tage sind</translation>
    </message>
    <message>
        <source>1 version, frees {space}</source>
        <translation>1 Version, gibt {space} frei</translation>
    </message>
    <message numerus="yes">
        <source>%n versions, frees {space}</source>
        <translation>
            <numerusform>%n Version, gibt {space} frei</numerusform>
            <numerusform>%n Versionen, geben {space} frei</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>nichts zu löschen</translation>
    </message>
    <message>
        <source>Deleted versions cannot be brought back.</source>
        <translation>Gelöschte Versionen lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete Versions</source>
        <translation>Versionen löschen</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

{file} has changed on disk since these edits were made (another program or window wrote it). Restoring puts your edits in place of what the file holds now; Undo brings the file&apos;s version back.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>Slidewright hat ungespeicherte Änderungen an „{title}“ vom {when} aufbewahrt; diese Sitzung endete, ohne sie zu speichern.

{file} wurde seit diesen Änderungen auf dem Datenträger geändert (ein anderes Programm oder Fenster hat die Datei geschrieben). Wiederherstellen setzt Ihre Änderungen an die Stelle dessen, was die Datei jetzt enthält; Rückgängig holt die Fassung der Datei zurück.

Wiederherstellen? Sie können das Wiederherstellen rückgängig machen, und nichts wird gespeichert, bevor Sie speichern. Verwerfen löscht die aufbewahrte Kopie.</translation>
    </message>
    <message>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>Slidewright hat ungespeicherte Änderungen an „{title}“ vom {when} aufbewahrt; diese Sitzung endete, ohne sie zu speichern.

Wiederherstellen? Sie können das Wiederherstellen rückgängig machen, und nichts wird gespeichert, bevor Sie speichern. Verwerfen löscht die aufbewahrte Kopie.</translation>
    </message>
</context>
<context>
    <name>RemoveSlides</name>
    <message>
        <source>Delete slide</source>
        <translation>Folie löschen</translation>
    </message>
    <message>
        <source>Delete %n slides</source>
        <translation>%n Folien löschen</translation>
    </message>
</context>
<context>
    <name>SetArticleField</name>
    <message>
        <source>Format article {field}</source>
        <translation>Artikel: {field} formatieren</translation>
    </message>
    <message>
        <source>Edit article {field}</source>
        <translation>Artikel: {field} bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetImageWithCredits</name>
    <message>
        <source>Set slide {number} image and its credit from the file</source>
        <translation>Bild von Folie {number} und Bildnachweis aus der Datei setzen</translation>
    </message>
    <message>
        <source>Set slide {number} image</source>
        <translation>Bild von Folie {number} setzen</translation>
    </message>
</context>
<context>
    <name>SetSlideField</name>
    <message>
        <source>Format slide {number} {field}</source>
        <translation>Folie {number}: {field} formatieren</translation>
    </message>
    <message>
        <source>Edit slide {number} {field}</source>
        <translation>Folie {number}: {field} bearbeiten</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Licence and source</source>
        <translation>Lizenz und Quelle</translation>
    </message>
    <message>
        <source>Licence, creator and source links, for images that are not agency photos</source>
        <translation>Lizenz, Urheber und Quellenlinks, für Bilder, die keine Agenturfotos sind</translation>
    </message>
    <message>
        <source>Slide image</source>
        <translation>Folienbild</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Choose Image…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <source>Choose the slide&apos;s image; or drop an image file here, or paste one (Ctrl+V)</source>
        <translation>Das Bild der Folie wählen; oder eine Bilddatei hierher ziehen oder einfügen (Strg+V)</translation>
    </message>
    <message numerus="yes">
        <source>Licence and source (%n filled)</source>
        <translation>
            <numerusform>Lizenz und Quelle (%n ausgefüllt)</numerusform>
            <numerusform>Lizenz und Quelle (%n ausgefüllt)</numerusform>
        </translation>
    </message>
    <message>
        <source>No image: choose one, drop or paste a file here</source>
        <translation>Kein Bild: eines wählen, eine Datei hierher ziehen oder einfügen</translation>
    </message>
</context>
<context>
    <name>SlideList</name>
    <message>
        <source>1 problem, worst: {severity}</source>
        <translation>1 Problem, schwerstes: {severity}</translation>
    </message>
    <message>
        <source>%n problems, worst: {severity}</source>
        <translation>%n Probleme, schwerstes: {severity}</translation>
    </message>
</context>
<context>
    <name>SlideListModel</name>
    <message>
        <source>Untitled slide</source>
        <translation>Folie ohne Überschrift</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>kein Bild</translation>
    </message>
    <message numerus="yes">
        <source>%n credit/image finding(s), worst: {severity}</source>
        <translation>
            <numerusform>%n Befund zu Bildnachweis/Bild, schwerster: {severity}</numerusform>
            <numerusform>%n Befunde zu Bildnachweis/Bild, schwerster: {severity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open note(s) for the editor</source>
        <translation>
            <numerusform>%n offene Notiz für die Redaktion</numerusform>
            <numerusform>%n offene Notizen für die Redaktion</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Überschrift</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}, {problems}</source>
        <translation>Folie {number}: {heading}, {problems}</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Folie {number}: {heading}</translation>
    </message>
    <message>
        <source>Image: {file}</source>
        <translation>Bild: {file}</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>SlideListView</name>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
</context>
<context>
    <name>SpellingMenus</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>Keine Rechtschreibvorschläge</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>„{word}“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>no image</source>
        <translation>kein Bild</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederherstellen: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
</TS>
