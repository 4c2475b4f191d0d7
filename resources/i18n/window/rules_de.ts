<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Agency</name>
    <message>
        <source>{agency} credits read &quot;{example}&quot;</source>
        <translation>Bildnachweise von {agency} lauten „{example}“</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>slide {number}: Content Credentials of {image}: {summary}</source>
        <translation>Folie {number}: Inhaltsnachweise von {image}: {summary}</translation>
    </message>
</context>
<context>
    <name>ContentCredentials</name>
    <message>
        <source>an unnamed signer</source>
        <translation>einem ungenannten Unterzeichner</translation>
    </message>
    <message>
        <source>{signer}, a name that mixes letters of two alphabets</source>
        <translation>{signer}, ein Name, der Buchstaben zweier Alphabete mischt</translation>
    </message>
    <message>
        <source>valid, signer in your trust list</source>
        <translation>gültig, Unterzeichner in Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <source>valid, signer not in your trust list</source>
        <translation>gültig, Unterzeichner nicht in Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <source>NOT valid: {failure}</source>
        <translation>NICHT gültig: {failure}</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>eine Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>could not be read: {failure}</source>
        <translation>nicht lesbar: {failure}</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation>signiert von {signer}</translation>
    </message>
</context>
<context>
    <name>CredentialAction</name>
    <message>
        <source>with {software}</source>
        <translation>mit {software}</translation>
    </message>
    <message>
        <source>{action} ({details})</source>
        <translation>{action} ({details})</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>the picture was changed after it was signed</source>
        <translation>das Bild wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>a statement in the credentials was changed after signing</source>
        <translation>eine Angabe in den Inhaltsnachweisen wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>a statement the signature covers is missing</source>
        <translation>eine von der Signatur erfasste Angabe fehlt</translation>
    </message>
    <message>
        <source>the signature does not match what was signed</source>
        <translation>die Signatur passt nicht zum Signierten</translation>
    </message>
    <message>
        <source>the credentials carry no signature</source>
        <translation>die Inhaltsnachweise tragen keine Signatur</translation>
    </message>
    <message>
        <source>it was signed outside the certificate&apos;s validity</source>
        <translation>die Signatur liegt außerhalb der Gültigkeit des Zertifikats</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked</source>
        <translation>das Zertifikat des Unterzeichners wurde widerrufen</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired</source>
        <translation>das Zertifikat des Unterzeichners war abgelaufen</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate may not sign credentials</source>
        <translation>das Zertifikat des Unterzeichners darf keine Inhaltsnachweise signieren</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is malformed</source>
        <translation>das Zertifikat des Unterzeichners ist fehlerhaft</translation>
    </message>
    <message>
        <source>the credentials point to a manifest that is not in the file</source>
        <translation>die Inhaltsnachweise verweisen auf ein Manifest, das nicht in der Datei ist</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>placed into another picture</source>
        <translation>in ein anderes Bild eingefügt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>Farben angepasst</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>beschnitten</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>in der Größe geändert</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>neu kodiert</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>drawn on</source>
        <translation>bemalt</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>gedreht</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>something removed</source>
        <translation>etwas entfernt</translation>
    </message>
    <message>
        <source>repackaged</source>
        <translation>neu verpackt</translation>
    </message>
    <message>
        <source>the file names no active manifest</source>
        <translation>die Datei nennt kein aktives Manifest</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{text} is not a date: the year must be between 1 and 9999</source>
        <translation>{text} ist kein Datum: Das Jahr muss zwischen 1 und 9999 liegen</translation>
    </message>
    <message>
        <source>{text} is not a date: there is no month {month}</source>
        <translation>{text} ist kein Datum: Es gibt keinen Monat {month}</translation>
    </message>
    <message>
        <source>{text} is not a date: {name} {year} has {days} days</source>
        <translation>{text} ist kein Datum: {name} {year} hat {days} Tage</translation>
    </message>
    <message>
        <source>{text} is not a date: {name} is not the name of a month</source>
        <translation>{text} ist kein Datum: {name} ist kein Monatsname</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>Das Datum ist leer</translation>
    </message>
    <message>
        <source>{text} could mean two different days; write the year first (2026-01-05) or the month as a word (5 Jan 2026)</source>
        <translation>{text} kann zwei verschiedene Tage bedeuten; schreiben Sie das Jahr zuerst (2026-01-05) oder den Monat als Wort (5. Januar 2026)</translation>
    </message>
    <message>
        <source>{text} is not a date Slidewright understands; write it like 2026-01-05, 5 Jan 2026 or Jan 5, 2026</source>
        <translation>{text} ist kein Datum, das Slidewright versteht; schreiben Sie es wie 2026-01-05, 5. Januar 2026 oder 5 Jan 2026</translation>
    </message>
    <message>
        <source>{text} is not written as a date like 2026-11-27</source>
        <translation>{text} ist nicht als Datum wie 2026-11-27 geschrieben</translation>
    </message>
    <message>
        <source>{text} is not a time of day (hours 0-23, minutes and seconds 0-59)</source>
        <translation>{text} ist keine Uhrzeit (Stunden 0–23, Minuten und Sekunden 0–59)</translation>
    </message>
    <message>
        <source>{text} has a time zone offset that does not exist</source>
        <translation>{text} hat eine Zeitzonen-Verschiebung, die es nicht gibt</translation>
    </message>
</context>
<context>
    <name>ExportCredentials</name>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} und 1 weiterer</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere Bilder</translation>
    </message>
    <message>
        <source>Content Credentials not carried over for {pictures}: published pictures carry a manifest only when signed anew (a signing certificate in Preferences, or --c2pa-cert and --c2pa-key)</source>
        <translation>Inhaltsnachweise nicht übernommen für {pictures}: Veröffentlichte Bilder tragen nur dann ein Manifest, wenn sie neu signiert werden (ein Signaturzertifikat in den Einstellungen oder --c2pa-cert und --c2pa-key)</translation>
    </message>
    <message>
        <source>{file}: Content Credentials not written ({error})</source>
        <translation>{file}: Inhaltsnachweise nicht geschrieben ({error})</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>no base URL (the Export dialog&apos;s Base URL, or --base-url): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>keine Basis-URL (die Basis-URL im Exportdialog oder --base-url): Die Seite hat keine kanonische Adresse, und Vorschaukarten beim Teilen und Suchmaschinen erhalten keine Bildadresse</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>{message}
Fix: {fix}</source>
        <translation>{message}
Korrektur: {fix}</translation>
    </message>
    <message>
        <source>{severity}: {message} ({rule}).</source>
        <translation>{severity}: {message} ({rule}).</translation>
    </message>
    <message>
        <source>{severity}: {message} ({rule}). Fix: {fix}.</source>
        <translation>{severity}: {message} ({rule}). Korrektur: {fix}.</translation>
    </message>
    <message>
        <source>{severity} on the article: {message}</source>
        <translation>{severity} im Artikel: {message}</translation>
    </message>
    <message>
        <source>{severity} on slide {slide}: {message}</source>
        <translation>{severity} auf Folie {slide}: {message}</translation>
    </message>
    <message>
        <source>{row}; fix: {fix}</source>
        <translation>{row}; Korrektur: {fix}</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>{count} {severity}</source>
        <translation>{count} {severity}</translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {notes}</source>
        <translation>{errors}, {warnings}, {notes}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Choose Images for All Slides…</source>
        <translation>Bilder für alle Folien wählen…</translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <source>{folder} is as it was before this export</source>
        <translation>{folder} ist so geblieben, wie es vor diesem Export war</translation>
    </message>
    <message>
        <source>nothing was written to {folder}</source>
        <translation>in {folder} wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the export stopped ({why}); {left}</source>
        <translation>der Export wurde abgebrochen ({why}); {left}</translation>
    </message>
    <message>
        <source>written straight into {folder} ({why}): if the export is interrupted, the folder holds part of it</source>
        <translation>direkt in {folder} geschrieben ({why}): wird der Export unterbrochen, enthält der Ordner einen Teil davon</translation>
    </message>
    <message>
        <source>the earlier export was kept at {old}: files saved into {folder} during the export could not be moved over ({why})</source>
        <translation>der vorige Export wurde unter {old} aufbewahrt: Dateien, die während des Exports in {folder} gespeichert wurden, konnten nicht übernommen werden ({why})</translation>
    </message>
</context>
<context>
    <name>HistoryChanges</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>credit label</source>
        <translation>Nachweis-Bezeichnung</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>sponsored</source>
        <translation>Gesponsert</translation>
    </message>
    <message>
        <source>publish location</source>
        <translation>Veröffentlichung der Orte</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>read more</source>
        <translation>Weiterlesen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{count} slide edited</source>
        <translation>{count} Folie bearbeitet</translation>
    </message>
    <message>
        <source>{count} slides edited</source>
        <translation>{count} Folien bearbeitet</translation>
    </message>
    <message>
        <source>{count} slide added</source>
        <translation>{count} Folie hinzugefügt</translation>
    </message>
    <message>
        <source>{count} slides added</source>
        <translation>{count} Folien hinzugefügt</translation>
    </message>
    <message>
        <source>{count} slide removed</source>
        <translation>{count} Folie entfernt</translation>
    </message>
    <message>
        <source>{count} slides removed</source>
        <translation>{count} Folien entfernt</translation>
    </message>
    <message>
        <source>{count} slide moved</source>
        <translation>{count} Folie verschoben</translation>
    </message>
    <message>
        <source>{count} slides moved</source>
        <translation>{count} Folien verschoben</translation>
    </message>
    <message>
        <source>{count} edited</source>
        <translation>{count} bearbeitet</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} hinzugefügt</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>{count} entfernt</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>{count} verschoben</translation>
    </message>
    <message>
        <source>First version kept: {count} slide</source>
        <translation>Erste Version behalten: {count} Folie</translation>
    </message>
    <message>
        <source>First version kept: {count} slides</source>
        <translation>Erste Version behalten: {count} Folien</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>{fields} geändert</translation>
    </message>
    <message>
        <source>{slides}; {fields}</source>
        <translation>{slides}; {fields}</translation>
    </message>
    <message>
        <source>No change to the text</source>
        <translation>Keine Änderung am Text</translation>
    </message>
</context>
<context>
    <name>HistoryDiff</name>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>{author} (resolved)</source>
        <translation>{author} (erledigt)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{state}, moved</source>
        <translation>{state}, verschoben</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <source>Slide {number}: {title}</source>
        <translation>Folie {number}: {title}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Restore this slide</source>
        <translation>Diese Folie wiederherstellen</translation>
    </message>
    <message>
        <source>{count} slide unchanged.</source>
        <translation>{count} Folie unverändert.</translation>
    </message>
    <message>
        <source>{count} slides unchanged.</source>
        <translation>{count} Folien unverändert.</translation>
    </message>
    <message>
        <source>The text is the same.</source>
        <translation>Der Text ist unverändert.</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>image {path} left out: its metadata could not be cleaned</source>
        <translation>Bild {path} weggelassen: Seine Metadaten konnten nicht bereinigt werden</translation>
    </message>
</context>
<context>
    <name>ImageDamage</name>
    <message>
        <source>it is an SVG drawing (a document that can run scripts), not the {format} picture its name says; export it as a picture, or name it .svg</source>
        <translation>es ist eine SVG-Zeichnung (ein Dokument, das Skripte ausführen kann), nicht das {format}-Bild, das sein Name verspricht; exportieren Sie es als Bild oder benennen Sie es in .svg um</translation>
    </message>
    <message>
        <source>it is a {found} file, not the {format} picture its name says; save it again as {format} or give it the name its content has</source>
        <translation>es ist eine {found}-Datei, nicht das {format}-Bild, das sein Name verspricht; speichern Sie es erneut als {format} oder geben Sie ihm den Namen, der zu seinem Inhalt passt</translation>
    </message>
    <message>
        <source>the file ends in the middle of the picture (a copy or download that stopped half-way?); copy it again from the original</source>
        <translation>die Datei endet mitten im Bild (ein Kopieren oder Herunterladen, das auf halbem Weg abbrach?); kopieren Sie es erneut vom Original</translation>
    </message>
    <message>
        <source>its picture data is damaged and does not decode; copy it again from the original</source>
        <translation>seine Bilddaten sind beschädigt und lassen sich nicht dekodieren; kopieren Sie es erneut vom Original</translation>
    </message>
</context>
<context>
    <name>ImageProblems</name>
    <message>
        <source>{where}: image {path} not found in the article&apos;s folder; published without it</source>
        <translation>{where}: Bild {path} nicht im Ordner des Artikels gefunden; ohne es veröffentlicht</translation>
    </message>
    <message>
        <source>{where}: image {path} is not a readable SVG; published without it</source>
        <translation>{where}: Bild {path} ist kein lesbares SVG; ohne es veröffentlicht</translation>
    </message>
    <message>
        <source>{where}: image {path} is not published: {reason}</source>
        <translation>{where}: Bild {path} wird nicht veröffentlicht: {reason}</translation>
    </message>
    <message>
        <source>{where}: image {path} left out: {reason}</source>
        <translation>{where}: Bild {path} weggelassen: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageRights</name>
    <message>
        <source>{what}: ExifTool did not finish: {error}</source>
        <translation>{what}: ExifTool wurde nicht beendet: {error}</translation>
    </message>
    <message>
        <source>its content is {found}, not the {named} picture its name says</source>
        <translation>sein Inhalt ist {found}, nicht das {named}-Bild, das sein Name verspricht</translation>
    </message>
    <message>
        <source>the file is cut off or damaged</source>
        <translation>die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>ExifTool could not write it ({text})</source>
        <translation>ExifTool konnte sie nicht schreiben ({text})</translation>
    </message>
    <message>
        <source>{name}: its credits could not be written: {why}</source>
        <translation>{name}: Die Bildnachweise konnten nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>its name says SVG drawing but its content is not one; give it the name its content has</source>
        <translation>sein Name verspricht eine SVG-Zeichnung, sein Inhalt ist aber keine; geben Sie ihm den Namen, den sein Inhalt hat</translation>
    </message>
    <message>
        <source>Slidewright removes private metadata from JPEG, PNG, WebP, GIF, AVIF and TIFF pictures only; convert it to one of them</source>
        <translation>Slidewright entfernt private Metadaten nur aus JPEG-, PNG-, WebP-, GIF-, AVIF- und TIFF-Bildern; wandeln Sie es in eines dieser Formate um</translation>
    </message>
    <message>
        <source>{what}: credits not written</source>
        <translation>{what}: Bildnachweise nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{count} read-more title with no link yet (add its address): {titles}</source>
        <translation>{count} Weiterlesen-Titel noch ohne Link (Adresse ergänzen): {titles}</translation>
    </message>
    <message>
        <source>{count} read-more titles with no link yet (add their addresses): {titles}</source>
        <translation>{count} Weiterlesen-Titel noch ohne Link (Adressen ergänzen): {titles}</translation>
    </message>
    <message>
        <source>no credit found on the article&apos;s only slide</source>
        <translation>kein Bildnachweis auf der einzigen Folie des Artikels gefunden</translation>
    </message>
    <message>
        <source>no credit found on {count} of {total} slides (slide {shown})</source>
        <translation>kein Bildnachweis auf {count} von {total} Folien gefunden (Folie {shown})</translation>
    </message>
    <message>
        <source>no credit found on {count} of {total} slides (slides {shown})</source>
        <translation>kein Bildnachweis auf {count} von {total} Folien gefunden (Folien {shown})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>{count} ad</source>
        <translation>{count} Anzeige</translation>
    </message>
    <message>
        <source>{count} ads</source>
        <translation>{count} Anzeigen</translation>
    </message>
    <message>
        <source>{count} share button</source>
        <translation>{count} Teilen-Schaltfläche</translation>
    </message>
    <message>
        <source>{count} share buttons</source>
        <translation>{count} Teilen-Schaltflächen</translation>
    </message>
    <message>
        <source>{count} navigation line</source>
        <translation>{count} Navigationszeile</translation>
    </message>
    <message>
        <source>{count} navigation lines</source>
        <translation>{count} Navigationszeilen</translation>
    </message>
    <message>
        <source>{count} site link</source>
        <translation>{count} Link der Website</translation>
    </message>
    <message>
        <source>{count} site links</source>
        <translation>{count} Links der Website</translation>
    </message>
    <message>
        <source>{count} footer line</source>
        <translation>{count} Fußzeile</translation>
    </message>
    <message>
        <source>{count} footer lines</source>
        <translation>{count} Fußzeilen</translation>
    </message>
    <message>
        <source>{count} link to another article</source>
        <translation>{count} Link zu einem anderen Artikel</translation>
    </message>
    <message>
        <source>{count} links to other articles</source>
        <translation>{count} Links zu anderen Artikeln</translation>
    </message>
    <message>
        <source>{count} page furniture line</source>
        <translation>{count} Zeile des Seitengerüsts</translation>
    </message>
    <message>
        <source>{count} page furniture lines</source>
        <translation>{count} Zeilen des Seitengerüsts</translation>
    </message>
    <message>
        <source>{count} cookie notice line</source>
        <translation>{count} Zeile des Cookie-Hinweises</translation>
    </message>
    <message>
        <source>{count} cookie notice lines</source>
        <translation>{count} Zeilen des Cookie-Hinweises</translation>
    </message>
    <message>
        <source>{count} date line</source>
        <translation>{count} Datumszeile</translation>
    </message>
    <message>
        <source>{count} date lines</source>
        <translation>{count} Datumszeilen</translation>
    </message>
    <message>
        <source>{count} breadcrumb</source>
        <translation>{count} Brotkrümelpfad</translation>
    </message>
    <message>
        <source>{count} breadcrumbs</source>
        <translation>{count} Brotkrümelpfade</translation>
    </message>
    <message>
        <source>{count} line after the read-more heading</source>
        <translation>{count} Zeile nach der Überschrift „Mehr lesen“</translation>
    </message>
    <message>
        <source>{count} lines after the read-more heading</source>
        <translation>{count} Zeilen nach der Überschrift „Mehr lesen“</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>Teilen-Schaltflächen</translation>
    </message>
    <message>
        <source>ads</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>sponsored links</source>
        <translation>gesponserte Links</translation>
    </message>
    <message>
        <source>cookie notice</source>
        <translation>Cookie-Hinweis</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>verwandte Links</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>newsletter sign-up</source>
        <translation>Newsletter-Anmeldung</translation>
    </message>
    <message>
        <source>{count} slide heading found from its shape ({how}); {sureness}</source>
        <translation>{count} Folienüberschrift an ihrer Form erkannt ({how}); {sureness}</translation>
    </message>
    <message>
        <source>{count} slide headings found from their shape ({how}); {sureness}</source>
        <translation>{count} Folienüberschriften an ihrer Form erkannt ({how}); {sureness}</translation>
    </message>
    <message>
        <source>{count} numbered</source>
        <translation>{count} nummeriert</translation>
    </message>
    <message>
        <source>{count} question</source>
        <translation>{count} Frage</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} Fragen</translation>
    </message>
    <message>
        <source>{count} short line</source>
        <translation>{count} kurze Zeile</translation>
    </message>
    <message>
        <source>{count} short lines</source>
        <translation>{count} kurze Zeilen</translation>
    </message>
    <message>
        <source>confidence not worked out for a page this long</source>
        <translation>Sicherheit für eine so lange Seite nicht berechnet</translation>
    </message>
    <message>
        <source>confidence 100%</source>
        <translation>Sicherheit 100&#xa0;%</translation>
    </message>
    <message>
        <source>confidence {percent}% or more (lowest: “{heading}”)</source>
        <translation>Sicherheit {percent}&#xa0;% oder mehr (am niedrigsten: „{heading}“)</translation>
    </message>
    <message>
        <source>credit lines read as the image above each heading</source>
        <translation>Bildnachweiszeilen als Bild über jeder Überschrift gelesen</translation>
    </message>
    <message>
        <source>credit lines read as the last line of each slide</source>
        <translation>Bildnachweiszeilen als letzte Zeile jeder Folie gelesen</translation>
    </message>
    <message>
        <source>the line above each credit read as the slide&apos;s caption</source>
        <translation>die Zeile über jedem Bildnachweis als Bildunterschrift der Folie gelesen</translation>
    </message>
    <message>
        <source>captions on {count} slide</source>
        <translation>Bildunterschriften auf {count} Folie</translation>
    </message>
    <message>
        <source>captions on {count} slides</source>
        <translation>Bildunterschriften auf {count} Folien</translation>
    </message>
    <message>
        <source>alt text copied with the page on {count} slide</source>
        <translation>Alternativtext mit der Seite übernommen auf {count} Folie</translation>
    </message>
    <message>
        <source>alt text copied with the page on {count} slides</source>
        <translation>Alternativtext mit der Seite übernommen auf {count} Folien</translation>
    </message>
    <message>
        <source>long headings: {headings}</source>
        <translation>lange Überschriften: {headings}</translation>
    </message>
    <message>
        <source>language “{lang}” from the words of “{byline}”</source>
        <translation>Sprache „{lang}“ aus den Wörtern von „{byline}“</translation>
    </message>
    <message>
        <source>author and date from “{byline}” under the title</source>
        <translation>Autor und Datum aus „{byline}“ unter dem Titel</translation>
    </message>
    <message>
        <source>author from “{byline}” under the title</source>
        <translation>Autor aus „{byline}“ unter dem Titel</translation>
    </message>
    <message>
        <source>date from “{byline}” under the title</source>
        <translation>Datum aus „{byline}“ unter dem Titel</translation>
    </message>
    <message>
        <source>author and date from the page&apos;s byline and meta</source>
        <translation>Autor und Datum aus der Autorenzeile und den Metadaten der Seite</translation>
    </message>
    <message>
        <source>author from the page&apos;s byline and meta</source>
        <translation>Autor aus der Autorenzeile und den Metadaten der Seite</translation>
    </message>
    <message>
        <source>date from the page&apos;s byline and meta</source>
        <translation>Datum aus der Autorenzeile und den Metadaten der Seite</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (one line)</source>
        <translation>Kategorie „{category}“ aus dem Brotkrümelpfad (eine Zeile)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (numbered list items)</source>
        <translation>Kategorie „{category}“ aus dem Brotkrümelpfad (nummerierte Listenpunkte)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (one item per line)</source>
        <translation>Kategorie „{category}“ aus dem Brotkrümelpfad (ein Eintrag pro Zeile)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb</source>
        <translation>Kategorie „{category}“ aus dem Brotkrümelpfad</translation>
    </message>
    <message>
        <source>category “{category}” from the page&apos;s article data (JSON-LD)</source>
        <translation>Kategorie „{category}“ aus den Artikeldaten der Seite (JSON-LD)</translation>
    </message>
    <message>
        <source>category “{category}” from the label above the title</source>
        <translation>Kategorie „{category}“ aus der Dachzeile über dem Titel</translation>
    </message>
    <message>
        <source>{what} (confidence {percent}%)</source>
        <translation>{what} (Sicherheit {percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>{count} slide from the post&apos;s gallery (headings from captions)</source>
        <translation>{count} Folie aus der Galerie des Beitrags (Überschriften aus Bildunterschriften)</translation>
    </message>
    <message>
        <source>{count} slides from the post&apos;s gallery (headings from captions)</source>
        <translation>{count} Folien aus der Galerie des Beitrags (Überschriften aus Bildunterschriften)</translation>
    </message>
    <message>
        <source>HTML nesting below {depth} levels (those tags were read as plain text)</source>
        <translation>HTML-Verschachtelung tiefer als {depth} Ebenen (diese Tags wurden als reiner Text gelesen)</translation>
    </message>
    <message>
        <source>linked by rel=&quot;next&quot;</source>
        <translation>verknüpft durch rel=&quot;next&quot;</translation>
    </message>
    <message>
        <source>numbered file names linking as next/previous pages</source>
        <translation>nummerierte Dateinamen, die als nächste/vorige Seite verlinken</translation>
    </message>
    <message>
        <source>numbered file names with the same title</source>
        <translation>nummerierte Dateinamen mit demselben Titel</translation>
    </message>
    <message>
        <source>numbered file names linking as next/previous pages and with the same title</source>
        <translation>nummerierte Dateinamen, die als nächste/vorige Seite verlinken und denselben Titel tragen</translation>
    </message>
    <message>
        <source>{count} saved pages read as one slideshow ({how}: {first} … {last})</source>
        <translation>{count} gespeicherte Seiten als eine Diashow gelesen ({how}: {first} … {last})</translation>
    </message>
    <message>
        <source>read this page alone: the numbered pages beside it ({shown}) neither link to it as next/previous pages nor share its title</source>
        <translation>nur diese Seite gelesen: die nummerierten Seiten daneben ({shown}) verlinken weder als nächste/vorige Seite auf sie noch tragen sie ihren Titel</translation>
    </message>
    <message>
        <source>pages without slides: {names}</source>
        <translation>Seiten ohne Folien: {names}</translation>
    </message>
    <message>
        <source>letters misread on the way (UTF-8 read as Windows-1252) put back: {shown}</source>
        <translation>unterwegs falsch gelesene Buchstaben wiederhergestellt (UTF-8 als Windows-1252 gelesen): {shown}</translation>
    </message>
    <message>
        <source>an inline data: image near “{hint}”</source>
        <translation>ein eingebettetes data:-Bild bei „{hint}“</translation>
    </message>
    <message>
        <source>and {count:,} more inline data: image</source>
        <translation>und {count:,} weiteres eingebettetes data:-Bild</translation>
    </message>
    <message>
        <source>and {count:,} more inline data: images</source>
        <translation>und {count:,} weitere eingebettete data:-Bilder</translation>
    </message>
    <message>
        <source>image {src} (not found beside {source})</source>
        <translation>Bild {src} (nicht neben {source} gefunden)</translation>
    </message>
    <message>
        <source>and {count:,} more image not found beside {source}</source>
        <translation>und {count:,} weiteres Bild, nicht neben {source} gefunden</translation>
    </message>
    <message>
        <source>and {count:,} more images not found beside {source}</source>
        <translation>und {count:,} weitere Bilder, nicht neben {source} gefunden</translation>
    </message>
    <message>
        <source>{src} (more than {most} local images)</source>
        <translation>{src} (mehr als {most} lokale Bilder)</translation>
    </message>
    <message>
        <source>and {count:,} more image (more than {most} local images)</source>
        <translation>und {count:,} weiteres Bild (mehr als {most} lokale Bilder)</translation>
    </message>
    <message>
        <source>and {count:,} more images (more than {most} local images)</source>
        <translation>und {count:,} weitere Bilder (mehr als {most} lokale Bilder)</translation>
    </message>
    <message>
        <source>{src} (a {scheme}: address, not a file beside {source})</source>
        <translation>{src} (eine {scheme}:-Adresse, keine Datei neben {source})</translation>
    </message>
    <message>
        <source>{src} (outside the folder of {source})</source>
        <translation>{src} (außerhalb des Ordners von {source})</translation>
    </message>
    <message>
        <source>an inline image near “{hint}” (more than {most})</source>
        <translation>ein eingebettetes Bild bei „{hint}“ (mehr als {most})</translation>
    </message>
    <message>
        <source>an inline image near “{hint}” ({reason})</source>
        <translation>ein eingebettetes Bild bei „{hint}“ ({reason})</translation>
    </message>
    <message>
        <source>{old} → {new} ({count} credit)</source>
        <translation>{old} → {new} ({count} Bildnachweis)</translation>
    </message>
    <message>
        <source>{old} → {new} ({count} credits)</source>
        <translation>{old} → {new} ({count} Bildnachweise)</translation>
    </message>
</context>
<context>
    <name>LibraryRules</name>
    <message>
        <source>{article} (slide {slide})</source>
        <translation>{article} (Folie {slide})</translation>
    </message>
    <message>
        <source>the article cannot be read</source>
        <translation>der Artikel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{image} is outside the article folder (an absolute path, a link out of it or an address that is no file): no export takes it</source>
        <translation>{image} liegt außerhalb des Artikelordners (ein absoluter Pfad, ein Link hinaus oder eine Adresse, die keine Datei ist): kein Export übernimmt es</translation>
    </message>
    <message>
        <source>{image} names no picture file in the article folder: no export takes it</source>
        <translation>{image} bezeichnet keine Bilddatei im Artikelordner: kein Export übernimmt es</translation>
    </message>
    <message>
        <source>{image} cannot be read: {problem}</source>
        <translation>{image} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>{image} is not an image that opens: {problem}</source>
        <translation>{image} lässt sich nicht als Bild öffnen: {problem}</translation>
    </message>
    <message>
        <source>{shown}; and 1 more</source>
        <translation>{shown}; und 1 weitere</translation>
    </message>
    <message>
        <source>{shown}; and {more} more</source>
        <translation>{shown}; und {more} weitere</translation>
    </message>
    <message>
        <source>&apos;{credit}&apos; in {where}</source>
        <translation>„{credit}“ in {where}</translation>
    </message>
    <message>
        <source>this photo is credited &apos;{credit}&apos; here, but {others}: agree on one credit</source>
        <translation>dieses Foto hat hier den Bildnachweis „{credit}“, aber {others}: einigen Sie sich auf einen Bildnachweis</translation>
    </message>
    <message>
        <source>the slide&apos;s licence</source>
        <translation>Lizenz der Folie</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence end date</source>
        <translation>Lizenzende in der Bilddatei</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), before the article&apos;s date {published}</source>
        <translation>die Lizenz endete am {end} ({source}), vor dem Datum des Artikels {published}</translation>
    </message>
    <message>
        <source>the licence end &apos;{text}&apos; ({source}) is not a date: write it as YYYY-MM-DD</source>
        <translation>das Lizenzende „{text}“ ({source}) ist kein Datum: schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), {days} day ago, and the article still shows the photo</source>
        <translation>die Lizenz endete am {end} ({source}), vor {days} Tag, und der Artikel zeigt das Foto noch</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), {days} days ago, and the article still shows the photo</source>
        <translation>die Lizenz endete am {end} ({source}), vor {days} Tagen, und der Artikel zeigt das Foto noch</translation>
    </message>
    <message>
        <source>the licence ends on {end} ({source}), in {days} day: renew it or replace the photo</source>
        <translation>die Lizenz endet am {end} ({source}), in {days} Tag: verlängern Sie sie oder ersetzen Sie das Foto</translation>
    </message>
    <message>
        <source>the licence ends on {end} ({source}), in {days} days: renew it or replace the photo</source>
        <translation>die Lizenz endet am {end} ({source}), in {days} Tagen: verlängern Sie sie oder ersetzen Sie das Foto</translation>
    </message>
    <message>
        <source>a {agency} photo with no licence recorded: add the licence&apos;s end date (and link) in the slide&apos;s Licence section, from the agency&apos;s invoice</source>
        <translation>ein Foto von {agency} ohne erfasste Lizenz: tragen Sie das Lizenzende (und den Link) aus der Rechnung der Agentur im Lizenzbereich der Folie ein</translation>
    </message>
    <message>
        <source>{where}, dated {date}</source>
        <translation>{where}, datiert {date}</translation>
    </message>
    <message>
        <source>this photo is also used in {uses}: within {days} days of this article</source>
        <translation>dieses Foto wird auch in {uses} verwendet: innerhalb von {days} Tagen um diesen Artikel</translation>
    </message>
</context>
<context>
    <name>LicenceWarnings</name>
    <message>
        <source>{where}: slide {slide}, image {path}: {reason} (published anyway)</source>
        <translation>{where}: Folie {slide}, Bild {path}: {reason} (trotzdem veröffentlicht)</translation>
    </message>
</context>
<context>
    <name>PluralRule</name>
    <message>
        <source>singular: 1</source>
        <translation>singular: 1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Credit and image findings by slide; Enter goes to the field at fault</source>
        <translation>Befunde zu Bildnachweisen und Bildern nach Folie; Eingabe springt zum betroffenen Feld</translation>
    </message>
    <message>
        <source>The selected problem, in full</source>
        <translation>Das ausgewählte Problem, vollständig</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Die vorgeschlagene Korrektur anwenden</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <source>Checking credits…</source>
        <translation>Bildnachweise werden geprüft…</translation>
    </message>
    <message>
        <source>The credit check stopped: {reason}</source>
        <translation>Die Prüfung der Bildnachweise wurde abgebrochen: {reason}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Folie {number}: {heading}</translation>
    </message>
    <message>
        <source>Untitled slide</source>
        <translation>Folie ohne Titel</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
</context>
<context>
    <name>PublishResult</name>
    <message>
        <source>{count} image uploaded</source>
        <translation>{count} Bild hochgeladen</translation>
    </message>
    <message>
        <source>{count} images uploaded</source>
        <translation>{count} Bilder hochgeladen</translation>
    </message>
    <message>
        <source>{uploaded}, 1 unchanged</source>
        <translation>{uploaded}, 1 unverändert</translation>
    </message>
    <message>
        <source>{uploaded}, {count} unchanged</source>
        <translation>{uploaded}, {count} unverändert</translation>
    </message>
    <message>
        <source>post {post} ({status}) at {link}: {images}.</source>
        <translation>Beitrag {post} ({status}) unter {link}: {images}.</translation>
    </message>
    <message>
        <source>(It was published to {site} before; that record is replaced.)</source>
        <translation>(Er wurde zuvor auf {site} veröffentlicht; dieser Eintrag wird ersetzt.)</translation>
    </message>
    <message>
        <source>(Post {post} was deleted on the site; a new post was made.)</source>
        <translation>(Beitrag {post} wurde auf der Website gelöscht; ein neuer Beitrag wurde angelegt.)</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>{message} (not fixed here: the file says {says})</source>
        <translation>{message} (hier nicht korrigiert: die Datei nennt {says})</translation>
    </message>
</context>
<context>
    <name>RssExport</name>
    <message>
        <source>slide {number} ({heading}) has no image: the feed carries it in the article&apos;s content only, not as a media:content</source>
        <translation>Folie {number} ({heading}) hat kein Bild: Der Feed enthält sie nur im Inhalt des Artikels, nicht als media:content</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Überschrift</translation>
    </message>
    <message>
        <source>{where}: image {path} is not a picture in the article&apos;s folder: the feed gives slide {number} no media:content</source>
        <translation>{where}: Bild {path} ist kein Bild im Ordner des Artikels: Der Feed gibt Folie {number} kein media:content</translation>
    </message>
    <message>
        <source>{where}: image {path} left out: {reason}; the feed gives slide {number} no media:content</source>
        <translation>{where}: Bild {path} weggelassen: {reason}; der Feed gibt Folie {number} kein media:content</translation>
    </message>
</context>
<context>
    <name>RulesCredit</name>
    <message>
        <source>Use the file&apos;s credit: &quot;{credit}&quot;</source>
        <translation>Bildnachweis der Datei übernehmen: „{credit}“</translation>
    </message>
    <message>
        <source>the image has no credit</source>
        <translation>das Bild hat keinen Bildnachweis</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>keine Bezeichnung</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot; carries its own label; the page already prints &quot;{label}:&quot; → &quot;{clean}&quot;</source>
        <translation>„{credit}“ trägt eine eigene Bezeichnung; die Seite druckt bereits „{label}:“ → „{clean}“</translation>
    </message>
    <message>
        <source>Drop the label: &quot;{clean}&quot;</source>
        <translation>Bezeichnung entfernen: „{clean}“</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot; holds characters that do not show ({hidden}): the page shows one thing, a search reads another → &quot;{fixed}&quot;</source>
        <translation>„{credit}“ enthält unsichtbare Zeichen ({hidden}): die Seite zeigt eines, eine Suche liest etwas anderes → „{fixed}“</translation>
    </message>
    <message>
        <source>Write it without them: &quot;{fixed}&quot;</source>
        <translation>Ohne sie schreiben: „{fixed}“</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; → &quot;{agency}&quot;</source>
        <translation>„{written}“ → „{agency}“</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; is written with letters of another alphabet that look Latin → &quot;{agency}&quot;</source>
        <translation>„{written}“ ist mit Buchstaben eines anderen Alphabets geschrieben, die wie lateinische aussehen → „{agency}“</translation>
    </message>
    <message>
        <source>Use the house spelling &quot;{agency}&quot;</source>
        <translation>Hausschreibweise „{agency}“ verwenden</translation>
    </message>
    <message>
        <source>Name the photographer from the file: &quot;{credit}&quot;</source>
        <translation>Fotografen aus der Datei nennen: „{credit}“</translation>
    </message>
    <message>
        <source>Write it: &quot;{credit}&quot;</source>
        <translation>So schreiben: „{credit}“</translation>
    </message>
    <message>
        <source>{house_form} (the photographer is missing)</source>
        <translation>{house_form} (der Fotograf fehlt)</translation>
    </message>
    <message>
        <source>caption text inside the credit: &quot;{caption}&quot;</source>
        <translation>Bildunterschrift im Bildnachweis: „{caption}“</translation>
    </message>
    <message>
        <source>Move the caption text into the caption</source>
        <translation>Text in die Bildunterschrift verschieben</translation>
    </message>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} und 1 weiterer</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} und {more} weitere</translation>
    </message>
    <message>
        <source>the image file&apos;s credit lines disagree: {lines}</source>
        <translation>die Bildnachweise der Bilddatei widersprechen sich: {lines}</translation>
    </message>
    <message>
        <source>the credit is {length} characters long, too long to weigh against the file (the file says {says}; the credit says {typed})</source>
        <translation>der Bildnachweis ist {length} Zeichen lang, zu lang, um ihn mit der Datei abzugleichen (die Datei nennt {says}; der Bildnachweis nennt {typed})</translation>
    </message>
    <message>
        <source>the file says {says}; the credit says {typed}, which also names {agencies}</source>
        <translation>die Datei nennt {says}; der Bildnachweis nennt {typed} und damit auch {agencies}</translation>
    </message>
    <message>
        <source>the file says {says} and names {creators} as its creator; the credit says {typed}</source>
        <translation>die Datei nennt {says} und {creators} als Urheber; der Bildnachweis nennt {typed}</translation>
    </message>
    <message>
        <source>the file says {says}; the credit says {typed}</source>
        <translation>die Datei nennt {says}; der Bildnachweis nennt {typed}</translation>
    </message>
    <message>
        <source>the image file names {creators} as its creator, but the credit does not</source>
        <translation>die Bilddatei nennt {creators} als Urheber, der Bildnachweis aber nicht</translation>
    </message>
    <message>
        <source>the image file names {creators} as its creator, but the credit does not (the file says {says}; the credit says {typed})</source>
        <translation>die Bilddatei nennt {creators} als Urheber, der Bildnachweis aber nicht (die Datei nennt {says}; der Bildnachweis nennt {typed})</translation>
    </message>
    <message>
        <source>the file says {says}; the credit leaves out {agency}</source>
        <translation>die Datei nennt {says}; dem Bildnachweis fehlt {agency}</translation>
    </message>
    <message>
        <source>the file says {says}: the picture came through {distributor}, and the credit leaves out &quot;via {distributor}&quot;</source>
        <translation>die Datei nennt {says}: das Bild kam über {distributor}, und dem Bildnachweis fehlt „via {distributor}“</translation>
    </message>
    <message>
        <source>Add &quot;via {distributor}&quot;: &quot;{credit}&quot;</source>
        <translation>„via {distributor}“ ergänzen: „{credit}“</translation>
    </message>
    <message>
        <source>the image file disagrees with itself: XMP credit &quot;{xmp}&quot;, IPTC credit &quot;{iptc}&quot;</source>
        <translation>die Bilddatei widerspricht sich selbst: XMP-Bildnachweis „{xmp}“, IPTC-Bildnachweis „{iptc}“</translation>
    </message>
    <message>
        <source>the image file disagrees with itself about who made the picture: {first} &quot;{one}&quot;, {second} &quot;{other}&quot;</source>
        <translation>die Bilddatei widerspricht sich darin, wer das Bild gemacht hat: {first} „{one}“, {second} „{other}“</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: stray spaces at the ends, doubled spaces or punctuation</source>
        <translation>„{credit}“: überzählige Leerzeichen am Anfang oder Ende, doppelte Leer- oder Satzzeichen</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: stray spaces at the ends</source>
        <translation>„{credit}“: überzählige Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: doubled spaces or punctuation</source>
        <translation>„{credit}“: doppelte Leer- oder Satzzeichen</translation>
    </message>
    <message>
        <source>Tidy: &quot;{clean}&quot;</source>
        <translation>Bereinigen: „{clean}“</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: {words} mixes Latin letters with look-alikes from another alphabet</source>
        <translation>„{credit}“: {words} mischt lateinische Buchstaben mit gleich aussehenden aus einem anderen Alphabet</translation>
    </message>
    <message>
        <source>Write it in Latin letters: &quot;{clean}&quot;</source>
        <translation>In lateinischen Buchstaben schreiben: „{clean}“</translation>
    </message>
    <message>
        <source>mixed © and (c) in this article: use ©</source>
        <translation>© und (c) gemischt in diesem Artikel: verwenden Sie ©</translation>
    </message>
    <message>
        <source>Use ©</source>
        <translation>© verwenden</translation>
    </message>
    <message>
        <source>final period differs from the other credits in this article</source>
        <translation>der Schlusspunkt weicht von den anderen Bildnachweisen dieses Artikels ab</translation>
    </message>
    <message>
        <source>{count} of {total} slides has no credit yet (slide {shown}): the picture it is waiting for will need one</source>
        <translation>{count} von {total} Folien hat noch keinen Bildnachweis (Folie {shown}): Das Bild, auf das sie wartet, braucht einen</translation>
    </message>
    <message>
        <source>{count} of {total} slides have no credit yet (slides {shown}): the pictures they are waiting for will need one</source>
        <translation>{count} von {total} Folien haben noch keinen Bildnachweis (Folien {shown}): die Bilder, auf die sie warten, brauchen einen</translation>
    </message>
    <message>
        <source>the article&apos;s only slide has no credit yet: the picture it is waiting for will need one</source>
        <translation>die einzige Folie des Artikels hat noch keinen Bildnachweis: Das Bild, auf das sie wartet, braucht einen</translation>
    </message>
    <message>
        <source>the read-more image for &quot;{title}&quot; has no credit</source>
        <translation>das Weiterlesen-Bild zu „{title}“ hat keinen Bildnachweis</translation>
    </message>
</context>
<context>
    <name>RulesImage</name>
    <message>
        <source>{image} is not in the article folder</source>
        <translation>{image} ist nicht im Artikelordner</translation>
    </message>
    <message>
        <source>the slide has no image</source>
        <translation>die Folie hat kein Bild</translation>
    </message>
    <message>
        <source>all slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>noch keine Folie hat ein Bild (Folien {shown}); wählen Sie die Bilder für alle auf einmal</translation>
    </message>
    <message>
        <source>{count} of {total} slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>{count} von {total} Folien haben noch kein Bild (Folien {shown}); wählen Sie die Bilder für alle auf einmal</translation>
    </message>
    <message>
        <source>{image} is outside the article folder; publishing tools will not find it</source>
        <translation>{image} liegt außerhalb des Artikelordners; Veröffentlichungswerkzeuge finden es nicht</translation>
    </message>
    <message>
        <source>{image} is a plain http address: the published page will not show it, and each reader&apos;s visit is sent to that server; put the picture in the article folder</source>
        <translation>{image} ist eine unverschlüsselte http-Adresse: Die veröffentlichte Seite zeigt das Bild nicht, und jeder Besuch eines Lesers wird diesem Server gemeldet; legen Sie das Bild in den Artikelordner</translation>
    </message>
    <message>
        <source>{image} is on another site, not in the article folder: the picture is not checked and its credit cannot be compared with the file</source>
        <translation>{image} liegt auf einer anderen Website, nicht im Artikelordner: Das Bild wird nicht geprüft, und sein Bildnachweis kann nicht mit der Datei abgeglichen werden</translation>
    </message>
    <message>
        <source>{image} is not an image that can be opened ({reason})</source>
        <translation>{image} ist kein Bild, das sich öffnen lässt ({reason})</translation>
    </message>
    <message>
        <source>{image} is not an image that can be opened</source>
        <translation>{image} ist kein Bild, das sich öffnen lässt</translation>
    </message>
    <message>
        <source>{image} is left out of every export: {reason}</source>
        <translation>{image} wird bei jedem Export weggelassen: {reason}</translation>
    </message>
    <message>
        <source>{width}×{height} px: the shorter side is under the house minimum of {minimum} px</source>
        <translation>{width}×{height} px: die kürzere Seite liegt unter dem Hausminimum von {minimum} px</translation>
    </message>
    <message>
        <source>Use the alt text embedded in the image: &quot;{alt}&quot;</source>
        <translation>Den im Bild eingebetteten Alternativtext verwenden: „{alt}“</translation>
    </message>
    <message>
        <source>no alt text for readers who cannot see the image</source>
        <translation>kein Alternativtext für Leser, die das Bild nicht sehen können</translation>
    </message>
    <message>
        <source>the alt text only repeats the file name; describe what the image shows</source>
        <translation>der Alternativtext wiederholt nur den Dateinamen; beschreiben Sie, was das Bild zeigt</translation>
    </message>
    <message>
        <source>the alt text only repeats the heading; describe what the image shows</source>
        <translation>der Alternativtext wiederholt nur die Überschrift; beschreiben Sie, was das Bild zeigt</translation>
    </message>
    <message>
        <source>the alt text only repeats the credit; describe what the image shows</source>
        <translation>der Alternativtext wiederholt nur den Bildnachweis; beschreiben Sie, was das Bild zeigt</translation>
    </message>
    <message>
        <source>the author (creator)</source>
        <translation>den Urheber (creator)</translation>
    </message>
    <message>
        <source>a link to the source</source>
        <translation>einen Link zur Quelle</translation>
    </message>
    <message>
        <source>the licence name with its version (e.g. CC BY-SA 4.0)</source>
        <translation>den Namen der Lizenz mit Version (z. B. CC BY-SA 4.0)</translation>
    </message>
    <message>
        <source>a link to the licence</source>
        <translation>einen Link zur Lizenz</translation>
    </message>
    <message>
        <source>Creative Commons credit needs {missing}</source>
        <translation>ein Creative-Commons-Bildnachweis braucht {missing}</translation>
    </message>
    <message>
        <source>{agency} pictures come under the {licence}: {note}</source>
        <translation>Bilder von {agency} stehen unter der {licence}: {note}</translation>
    </message>
    <message>
        <source>Name the licence: {licence}</source>
        <translation>Lizenz nennen: {licence}</translation>
    </message>
    <message>
        <source>the slide and the image file say editorial use only</source>
        <translation>Folie und Bilddatei erlauben nur redaktionelle Nutzung</translation>
    </message>
    <message>
        <source>the slide says editorial use only</source>
        <translation>die Folie erlaubt nur redaktionelle Nutzung</translation>
    </message>
    <message>
        <source>the image file says editorial use only</source>
        <translation>die Bilddatei erlaubt nur redaktionelle Nutzung</translation>
    </message>
    <message>
        <source>the slide and the image file say editorial use only; it cannot illustrate a sponsored article</source>
        <translation>Folie und Bilddatei erlauben nur redaktionelle Nutzung; das Bild kann keinen gesponserten Artikel illustrieren</translation>
    </message>
    <message>
        <source>the slide says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>die Folie erlaubt nur redaktionelle Nutzung; das Bild kann keinen gesponserten Artikel illustrieren</translation>
    </message>
    <message>
        <source>the image file says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>die Bilddatei erlaubt nur redaktionelle Nutzung; das Bild kann keinen gesponserten Artikel illustrieren</translation>
    </message>
    <message>
        <source>the same image as slide {slide}</source>
        <translation>dasselbe Bild wie auf Folie {slide}</translation>
    </message>
</context>
<context>
    <name>RulesLicence</name>
    <message>
        <source>the slide&apos;s Licence from</source>
        <translation>„Lizenz ab“ der Folie</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence start date</source>
        <translation>Lizenzbeginn in der Bilddatei</translation>
    </message>
    <message>
        <source>the slide&apos;s Licence until</source>
        <translation>„Lizenz bis“ der Folie</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence end date</source>
        <translation>Lizenzende in der Bilddatei</translation>
    </message>
    <message>
        <source>Licence from is &apos;{text}&apos;, which is not a date: write it as YYYY-MM-DD</source>
        <translation>„Lizenz ab“ ist „{text}“, und das ist kein Datum: schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The picture file&apos;s licence start date is &apos;{text}&apos;, which is not a date: write the start in the slide&apos;s Licence from as YYYY-MM-DD</source>
        <translation>Der Lizenzbeginn in der Bilddatei ist „{text}“, und das ist kein Datum: tragen Sie den Beginn als JJJJ-MM-TT in „Lizenz ab“ der Folie ein</translation>
    </message>
    <message>
        <source>Licence until is &apos;{text}&apos;, which is not a date: write it as YYYY-MM-DD</source>
        <translation>„Lizenz bis“ ist „{text}“, und das ist kein Datum: schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The picture file&apos;s licence end date is &apos;{text}&apos;, which is not a date: write the end in the slide&apos;s Licence until as YYYY-MM-DD</source>
        <translation>Das Lizenzende in der Bilddatei ist „{text}“, und das ist kein Datum: tragen Sie das Ende als JJJJ-MM-TT in „Lizenz bis“ der Folie ein</translation>
    </message>
    <message>
        <source>The licence ended on {end} ({source}), before the article&apos;s date {published}: this picture may not be published on that date</source>
        <translation>Die Lizenz endete am {end} ({source}), vor dem Datum des Artikels {published}: dieses Bild darf an diesem Tag nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>The licence ended on {end} ({source}) and the article has no date yet: published today ({today}) or later, it would show this picture without a licence</source>
        <translation>Die Lizenz endete am {end} ({source}), und der Artikel hat noch kein Datum: heute ({today}) oder später veröffentlicht, zeigte er dieses Bild ohne Lizenz</translation>
    </message>
    <message>
        <source>The licence starts on {start} ({source}), after the article&apos;s date {published}: this picture may not be published on that date</source>
        <translation>Die Lizenz beginnt am {start} ({source}), nach dem Datum des Artikels {published}: dieses Bild darf an diesem Tag nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>The licence starts on {start} ({start_source}), after it ends on {end} ({end_source}): one of the two dates is wrong</source>
        <translation>Die Lizenz beginnt am {start} ({start_source}), nach ihrem Ende am {end} ({end_source}): eines der beiden Daten ist falsch</translation>
    </message>
    <message>
        <source>The licence ends on {end} ({source}), in {days} day, and the article is not published yet: renew the licence, or choose a picture that stays licensed</source>
        <translation>Die Lizenz endet am {end} ({source}), in {days} Tag, und der Artikel ist noch nicht veröffentlicht: verlängern Sie die Lizenz oder wählen Sie ein Bild, das lizenziert bleibt</translation>
    </message>
    <message>
        <source>The licence ends on {end} ({source}), in {days} days, and the article is not published yet: renew the licence, or choose a picture that stays licensed</source>
        <translation>Die Lizenz endet am {end} ({source}), in {days} Tagen, und der Artikel ist noch nicht veröffentlicht: verlängern Sie die Lizenz oder wählen Sie ein Bild, das lizenziert bleibt</translation>
    </message>
</context>
<context>
    <name>RulesProvenance</name>
    <message>
        <source>its Content Credentials say it is {kind}</source>
        <translation>laut seinen Inhaltsnachweisen ist das Bild {kind}</translation>
    </message>
    <message>
        <source>the image file says it is {kind}</source>
        <translation>laut der Bilddatei ist das Bild {kind}</translation>
    </message>
    <message>
        <source>{kind}, but neither credit nor caption says so</source>
        <translation>{kind}, aber weder Bildnachweis noch Bildunterschrift sagen es</translation>
    </message>
    <message>
        <source>Add &quot;{wording}&quot; to the caption</source>
        <translation>„{wording}“ zur Bildunterschrift hinzufügen</translation>
    </message>
    <message>
        <source>{kind}, but neither credit nor caption says it is computer-generated or a composite</source>
        <translation>{kind}, aber weder Bildnachweis noch Bildunterschrift sagen, dass es computergeneriert oder eine Montage ist</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials could not be read ({why})</source>
        <translation>die Inhaltsnachweise des Bildes konnten nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials do not hold: {failures} (signed by {signer}); do not rely on what they say</source>
        <translation>die Inhaltsnachweise des Bildes sind nicht stichhaltig: {failures} (signiert von {signer}); verlassen Sie sich nicht auf ihre Angaben</translation>
    </message>
    <message>
        <source>the Content Credentials name {authors} as author; the credit says &quot;{credit}&quot;</source>
        <translation>die Inhaltsnachweise nennen {authors} als Urheber; der Bildnachweis lautet „{credit}“</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;, which also names {agencies}</source>
        <translation>die Inhaltsnachweise wurden von {signer} signiert; der Bildnachweis lautet „{credit}“ und nennt damit auch {agencies}</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>die Inhaltsnachweise wurden von {signer} signiert; der Bildnachweis lautet „{credit}“</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by a certificate not in your trust list that names {signer}; the credit says &quot;{credit}&quot;, which also names {agencies}</source>
        <translation>die Inhaltsnachweise wurden mit einem Zertifikat signiert, das nicht in Ihrer Vertrauensliste steht und {signer} nennt; der Bildnachweis lautet „{credit}“ und nennt damit auch {agencies}</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by a certificate not in your trust list that names {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>die Inhaltsnachweise wurden mit einem Zertifikat signiert, das nicht in Ihrer Vertrauensliste steht und {signer} nennt; der Bildnachweis lautet „{credit}“</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials say it must not be used to train AI (publishing it is fine; keep it out of training sets)</source>
        <translation>laut den Inhaltsnachweisen darf das Bild nicht zum Training von KI verwendet werden (veröffentlichen ist in Ordnung; halten Sie es aus Trainingsdaten heraus)</translation>
    </message>
</context>
<context>
    <name>RulesPublishing</name>
    <message>
        <source>The headline is {length} characters: search engines show {limit} and cut the rest (Google&apos;s article headline); say it in fewer words</source>
        <translation>Die Überschrift hat {length} Zeichen: Suchmaschinen zeigen {limit} und schneiden den Rest ab (Googles Artikelüberschrift); sagen Sie es mit weniger Worten</translation>
    </message>
    <message>
        <source>{agency} picture without a licence: name the licence you bought (e.g. Standard licence, Editorial use only) and link its terms, so the page&apos;s image data can say it</source>
        <translation>Bild von {agency} ohne Lizenz: nennen Sie die erworbene Lizenz (z. B. Standardlizenz, nur redaktionelle Nutzung) und verlinken Sie ihre Bedingungen, damit die Bilddaten der Seite sie angeben können</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>lang: {value} is not a language tag, so the page says {fallback}: write a BCP 47 tag such as fr or pt-BR</source>
        <translation>lang: {value} ist kein Sprachkürzel, daher gibt die Seite {fallback} an: schreiben Sie ein BCP-47-Kürzel wie fr oder pt-BR</translation>
    </message>
    <message>
        <source>The headline is {length} characters: newsroom systems take at most {limit} (the IPTC headline field); shorten it</source>
        <translation>Die Schlagzeile hat {length} Zeichen: Redaktionssysteme nehmen höchstens {limit} an (das IPTC-Feld für die Überschrift); kürzen Sie sie</translation>
    </message>
    <message>
        <source>The heading is {length} characters: a heading is a headline, and newsroom systems take at most {limit}; shorten it or move the rest into the text</source>
        <translation>Die Zwischenüberschrift hat {length} Zeichen: Sie ist eine Überschrift, und Redaktionssysteme nehmen höchstens {limit} an; kürzen Sie sie oder verschieben Sie den Rest in den Text</translation>
    </message>
    <message>
        <source>The caption is {length} characters: a picture&apos;s caption holds at most {limit} (the IPTC caption field); shorten it or move the rest into the text</source>
        <translation>Die Bildunterschrift hat {length} Zeichen: Eine Bildunterschrift fasst höchstens {limit} (das IPTC-Feld für die Beschreibung); kürzen Sie sie oder verschieben Sie den Rest in den Text</translation>
    </message>
    <message>
        <source>{field} holds an address with a user name or password in it ({address}): the page would publish it; remove the part before @ (and change the password if it was real)</source>
        <translation>{field} enthält eine Adresse mit Benutzername oder Passwort ({address}): Die Seite würde sie veröffentlichen; entfernen Sie den Teil vor dem @ (und ändern Sie das Passwort, falls es echt war)</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>the article is dated {date}, in the future: Hugo builds no page for it unless buildFuture is set. The hugo.toml written sets buildFuture = true, so the page is built now; remove that line to hold it back until its date</source>
        <translation>Der Artikel ist auf {date} datiert, in der Zukunft: Hugo erstellt dafür keine Seite, solange buildFuture nicht gesetzt ist. Die geschriebene hugo.toml setzt buildFuture = true, die Seite wird also jetzt erstellt; entfernen Sie diese Zeile, um sie bis zu ihrem Datum zurückzuhalten</translation>
    </message>
    <message>
        <source>the article is dated {date}, in the future: Hugo builds no page for it (it says only &apos;Pages 0&apos;) until then. Set buildFuture = true in {file} to publish it now, or change the article&apos;s date</source>
        <translation>Der Artikel ist auf {date} datiert, in der Zukunft: Hugo erstellt bis dahin keine Seite dafür (es meldet nur „Pages 0“). Setzen Sie buildFuture = true in {file}, um ihn jetzt zu veröffentlichen, oder ändern Sie das Datum des Artikels</translation>
    </message>
    <message>
        <source>{file} does not name the theme &apos;{theme}&apos; the article&apos;s layout is in: add theme = [&quot;{theme}&quot;] (or add it to the list of themes), or Hugo shows no slides</source>
        <translation>{file} nennt das Theme „{theme}“ nicht, in dem das Layout des Artikels liegt: Fügen Sie theme = [&quot;{theme}&quot;] hinzu (oder ergänzen Sie es in der Liste der Themes), sonst zeigt Hugo keine Folien</translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message>
        <source>image {path} left out: {reason}</source>
        <translation>Bild {path} weggelassen: {reason}</translation>
    </message>
    <message>
        <source>the full-size picture {names} was left out of the site: its metadata could not be cleaned (the page shows its renditions)</source>
        <translation>Das Bild {names} in voller Größe wurde nicht in die Website übernommen: Seine Metadaten konnten nicht bereinigt werden (die Seite zeigt seine verkleinerten Fassungen)</translation>
    </message>
    <message>
        <source>the full-size pictures {names} were left out of the site: their metadata could not be cleaned (the page shows their renditions)</source>
        <translation>Die Bilder {names} in voller Größe wurden nicht in die Website übernommen: Ihre Metadaten konnten nicht bereinigt werden (die Seite zeigt ihre verkleinerten Fassungen)</translation>
    </message>
</context>
<context>
    <name>SourceTypes</name>
    <message>
        <source>camera capture</source>
        <translation>Kameraaufnahme</translation>
    </message>
    <message>
        <source>camera capture, computationally processed</source>
        <translation>Kameraaufnahme, rechnerisch verarbeitet</translation>
    </message>
    <message>
        <source>scan of a film negative</source>
        <translation>Scan eines Filmnegativs</translation>
    </message>
    <message>
        <source>scan of a film positive</source>
        <translation>Scan eines Diapositivs</translation>
    </message>
    <message>
        <source>scan of a print</source>
        <translation>Scan eines Abzugs</translation>
    </message>
    <message>
        <source>edited by a person</source>
        <translation>von einer Person bearbeitet</translation>
    </message>
    <message>
        <source>minor edits by a person</source>
        <translation>von einer Person leicht bearbeitet</translation>
    </message>
    <message>
        <source>composite of captures</source>
        <translation>aus Aufnahmen zusammengesetzt</translation>
    </message>
    <message>
        <source>enhanced by software</source>
        <translation>per Software verbessert</translation>
    </message>
    <message>
        <source>made from data</source>
        <translation>aus Daten erzeugt</translation>
    </message>
    <message>
        <source>digital art</source>
        <translation>digitale Kunst</translation>
    </message>
    <message>
        <source>screen or virtual recording</source>
        <translation>Bildschirm- oder virtuelle Aufnahme</translation>
    </message>
    <message>
        <source>composite including synthetic elements</source>
        <translation>zusammengesetzt mit synthetischen Elementen</translation>
    </message>
    <message>
        <source>generated by AI</source>
        <translation>von KI erzeugt</translation>
    </message>
    <message>
        <source>composite with AI-generated elements</source>
        <translation>zusammengesetzt mit KI-erzeugten Elementen</translation>
    </message>
    <message>
        <source>generated by an algorithm, not by an AI model</source>
        <translation>von einem Algorithmus erzeugt, nicht von einem KI-Modell</translation>
    </message>
    <message>
        <source>screen capture</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <source>made with software</source>
        <translation>mit Software erstellt</translation>
    </message>
</context>
<context>
    <name>SpellDictionary</name>
    <message>
        <source>spell checking is off: Enchant is not installed ({error})</source>
        <translation>die Rechtschreibprüfung ist aus: Enchant ist nicht installiert ({error})</translation>
    </message>
    <message>
        <source>spell checking is off: no dictionary for {language} (install a Hunspell dictionary for it from your system&apos;s packages)</source>
        <translation>die Rechtschreibprüfung ist aus: kein Wörterbuch für {language} (installieren Sie ein Hunspell-Wörterbuch dafür aus den Paketen Ihres Systems)</translation>
    </message>
    <message>
        <source>spell checking is off: no dictionary for {language} (on Debian or Ubuntu, install {packages})</source>
        <translation>die Rechtschreibprüfung ist aus: kein Wörterbuch für {language} (unter Debian oder Ubuntu installieren Sie {packages})</translation>
    </message>
    <message>
        <source>no dictionary for {language}: spelling is checked in {near}</source>
        <translation>kein Wörterbuch für {language}: die Rechtschreibung wird in {near} geprüft</translation>
    </message>
    <message>
        <source>spell checking is off: {error}</source>
        <translation>die Rechtschreibprüfung ist aus: {error}</translation>
    </message>
</context>
</TS>
