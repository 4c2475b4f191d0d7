<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArticlePrinter</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Could not lay out the article for printing.</source>
        <translation>Der Artikel konnte nicht für den Druck gesetzt werden.</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF gespeichert: {path}</translation>
    </message>
    <message>
        <source>Could not write the PDF {path}</source>
        <translation>Das PDF {path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Printing failed: the article could not be laid out.</source>
        <translation>Drucken fehlgeschlagen: Der Artikel konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Drucken fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n slide(s) without an image: Slide ▸ Choose Images for All Slides… assigns a folder of them.</source>
        <translation>
            <numerusform>%n Folie ohne Bild: Folie ▸ Bilder für alle Folien wählen… weist einen Ordner davon zu.</numerusform>
            <numerusform>%n Folien ohne Bild: Folie ▸ Bilder für alle Folien wählen… weist einen Ordner davon zu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n slide(s) from {source}.</source>
        <translation>
            <numerusform>%n Folie aus {source} importiert.</numerusform>
            <numerusform>%n Folien aus {source} importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsSection</name>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>What the fix for an undisclosed AI-made picture adds to its caption (empty: the sentence in the article&apos;s language, such as “{example}”)</source>
        <translation>Was die Korrektur für ein nicht gekennzeichnetes KI-Bild seiner Bildunterschrift hinzufügt (leer: der Satz in der Sprache des Artikels, etwa „{example}“)</translation>
    </message>
    <message>
        <source>One PEM certificate file per line (none: nobody is trusted)</source>
        <translation>Eine PEM-Zertifikatsdatei pro Zeile (keine: niemandem wird vertraut)</translation>
    </message>
    <message>
        <source>Pictures signed by these certificates (or by certificates they issued) show as valid and trusted; others as valid, signer not in your trust list</source>
        <translation>Mit diesen Zertifikaten (oder von ihnen ausgestellten Zertifikaten) signierte Bilder gelten als gültig und vertrauenswürdig; andere als gültig, Unterzeichner nicht in Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <source>PEM chain, leaf first: signs published pictures</source>
        <translation>PEM-Kette, Endzertifikat zuerst: signiert veröffentlichte Bilder</translation>
    </message>
    <message>
        <source>its private key (an encrypted key&apos;s passphrase: keyring)</source>
        <translation>sein privater Schlüssel (die Passphrase eines verschlüsselten Schlüssels: Schlüsselbund)</translation>
    </message>
    <message>
        <source>AI &amp;disclosure</source>
        <translation>KI-&amp;Hinweis</translation>
    </message>
    <message>
        <source>AI disclosure wording</source>
        <translation>Wortlaut des KI-Hinweises</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates</source>
        <translation>&amp;Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Signing certificat&amp;e</source>
        <translation>Signatur&amp;zertifikat</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>Signatur&amp;schlüssel</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>DialogEntries</name>
    <message>
        <source>Choose Image</source>
        <translation>Bild wählen</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Slide</source>
        <translation>Folie</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>one self-contained HTML file (images inlined)</source>
        <translation>eine eigenständige HTML-Datei (Bilder eingebettet)</translation>
    </message>
    <message>
        <source>index.html with an assets/ folder</source>
        <translation>index.html mit einem Ordner assets/</translation>
    </message>
    <message>
        <source>a Hugo site: content/ bundle, layout and assets</source>
        <translation>eine Hugo-Website: content/-Bundle, Layout und Assets</translation>
    </message>
    <message>
        <source>a Jekyll site: page, _layouts and assets</source>
        <translation>eine Jekyll-Website: Seite, _layouts und Assets</translation>
    </message>
    <message>
        <source>a Media RSS feed (one item, a media:content per slide)</source>
        <translation>ein Media-RSS-Feed (ein Eintrag, ein media:content je Folie)</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected error: {error}</source>
        <translation>Der Export wurde durch einen unerwarteten Fehler abgebrochen: {error}</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message numerus="yes">
        <source>The credit check has %n error(s) in this article (see Problems); the export publishes it as it is.</source>
        <translation>
            <numerusform>Die Bildnachweisprüfung meldet %n Fehler in diesem Artikel (siehe Probleme); der Export veröffentlicht ihn so, wie er ist.</numerusform>
            <numerusform>Die Bildnachweisprüfung meldet %n Fehler in diesem Artikel (siehe Probleme); der Export veröffentlicht ihn so, wie er ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Darstellungen</translation>
    </message>
    <message>
        <source>Article (one long page)</source>
        <translation>Artikel (eine lange Seite)</translation>
    </message>
    <message>
        <source>Slideshow (one slide at a time)</source>
        <translation>Diashow (eine Folie nach der anderen)</translation>
    </message>
    <message>
        <source>Paged (one page per slide)</source>
        <translation>Seitenweise (eine Seite je Folie)</translation>
    </message>
    <message>
        <source>Where the export will be published (a site&apos;s root for Hugo and Jekyll): the page&apos;s canonical address, its sharing card and every image address are made absolute against it. A feed (RSS) needs one.</source>
        <translation>Wo der Export veröffentlicht wird (bei Hugo und Jekyll die Wurzel der Website): Die kanonische Adresse der Seite, ihre Vorschaukarte für soziale Netzwerke und jede Bildadresse werden daran absolut gemacht. Ein Feed (RSS) braucht sie.</translation>
    </message>
    <message>
        <source>Refuse to export with credit errors or missing images</source>
        <translation>Nicht exportieren bei Fehlern im Bildnachweis oder fehlenden Bildern</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for where to save</source>
        <translation>Speicherort auswählen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Inhaltsnachweise</translation>
    </message>
    <message>
        <source>A feed needs the address the article is published at.</source>
        <translation>Ein Feed braucht die Adresse, unter der der Artikel veröffentlicht wird.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>no base URL (fill in “{field}” under File ▸ Export…): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>keine Basis-URL („{field}“ unter Datei ▸ Exportieren… ausfüllen): Die Seite hat keine kanonische Adresse, und Vorschaukarten beim Teilen und Suchmaschinen erhalten keine Bildadresse</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Warnings:
{warnings}</source>
        <translation>Warnungen:
{warnings}</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>{message}

Replace files of the same names there? (Nothing else is deleted.)</source>
        <translation>{message}

Gleichnamige Dateien dort ersetzen? (Sonst wird nichts gelöscht.)</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>Focus mode: only the editor. Press F11 to bring everything back.</source>
        <translation>Fokusmodus: nur der Editor. Mit F11 kommt alles zurück.</translation>
    </message>
</context>
<context>
    <name>FormatMenu</name>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Nächstes / vorheriges Feld</translation>
    </message>
    <message>
        <source>Paste an image as the slide&apos;s image (slide list, image, body)</source>
        <translation>Ein Bild als Bild der Folie einfügen (Folienliste, Bild, Text)</translation>
    </message>
    <message>
        <source>Slide list</source>
        <translation>Folienliste</translation>
    </message>
    <message>
        <source>Delete the selected slides</source>
        <translation>Die ausgewählten Folien löschen</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Next match (in the Find box)</source>
        <translation>Nächster Treffer (im Suchfeld)</translation>
    </message>
    <message>
        <source>Previous match (in the Find box)</source>
        <translation>Vorheriger Treffer (im Suchfeld)</translation>
    </message>
    <message>
        <source>Replace this match (in the Replace box)</source>
        <translation>Diesen Treffer ersetzen (im Feld Ersetzen)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Match case / Whole words</source>
        <translation>Groß-/Kleinschreibung / Ganze Wörter</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Write slideshow articles: one image, a credit and a few paragraphs per slide, checked and exported to HTML, feeds and static sites.</source>
        <translation>Bildstrecken schreiben: ein Bild, ein Bildnachweis und ein paar Absätze je Folie, geprüft und exportiert als HTML, Feeds und statische Websites.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. This program comes with absolutely no warranty.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später. Für dieses Programm besteht keinerlei Gewährleistung.</translation>
    </message>
    <message>
        <source>About Slidewright</source>
        <translation>Über Slidewright</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {article}</source>
        <translation>Versionsverlauf — {article}</translation>
    </message>
    <message>
        <source>Prune Older Versions…</source>
        <translation>Ältere Versionen löschen…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>with the article now</source>
        <translation>mit dem aktuellen Artikel</translation>
    </message>
    <message>
        <source>with the version before it</source>
        <translation>mit der Version davor</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>Version {number}: {summary}</source>
        <translation>Version {number}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), {size} (kept up to {cap}; the oldest go first). Kept in your own data folder, never in the article&apos;s folder.</source>
        <translation>
            <numerusform>%n Version, {size} (bis zu {cap} werden aufbewahrt; die ältesten gehen zuerst). Gespeichert in Ihrem eigenen Datenordner, nie im Ordner des Artikels.</numerusform>
            <numerusform>%n Versionen, {size} (bis zu {cap} werden aufbewahrt; die ältesten gehen zuerst). Gespeichert in Ihrem eigenen Datenordner, nie im Ordner des Artikels.</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions yet: every save keeps one.</source>
        <translation>Noch keine Versionen: Jedes Speichern legt eine an.</translation>
    </message>
    <message>
        <source>This version cannot be read: {error}</source>
        <translation>Diese Version kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>added since</source>
        <translation>seitdem hinzugefügt</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>seitdem gelöscht</translation>
    </message>
    <message>
        <source>edited since</source>
        <translation>seitdem bearbeitet</translation>
    </message>
    <message>
        <source>Green: written since this version; struck out: only in this version.</source>
        <translation>Grün: seit dieser Version geschrieben; durchgestrichen: nur in dieser Version.</translation>
    </message>
    <message>
        <source>Green: added in this version; struck out: removed by it.</source>
        <translation>Grün: in dieser Version hinzugefügt; durchgestrichen: von ihr entfernt.</translation>
    </message>
    <message>
        <source>Before restoring slide {number}</source>
        <translation>Vor dem Wiederherstellen von Folie {number}</translation>
    </message>
    <message>
        <source>Restore slide {number} from {time}</source>
        <translation>Folie {number} vom {time} wiederherstellen</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Vor dem Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore version of {time}</source>
        <translation>Version vom {time} wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ImageCleanup</name>
    <message>
        <source>Saved; removed pictures no slide uses from images/: {names}</source>
        <translation>Gespeichert; nicht mehr verwendete Bilder aus images/ entfernt: {names}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Articles to import ({patterns})</source>
        <translation>Zu importierende Artikel ({patterns})</translation>
    </message>
    <message>
        <source>Import: choose page text, HTML or Markdown</source>
        <translation>Importieren: Seitentext, HTML oder Markdown wählen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import: name the new article&apos;s folder</source>
        <translation>Importieren: Ordner des neuen Artikels benennen</translation>
    </message>
    <message>
        <source>Use House Spelling</source>
        <translation>Hausschreibweise verwenden</translation>
    </message>
    <message>
        <source>Use house spelling of agencies</source>
        <translation>Hausschreibweise der Agenturen verwenden</translation>
    </message>
    <message>
        <source>Credits found: {found} of {count}</source>
        <translation>Gefundene Bildnachweise: {found} von {count}</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>Rubrik: {category}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Weggelassen:</translation>
    </message>
    <message>
        <source>Guessed (please check):</source>
        <translation>Erraten (bitte prüfen):</translation>
    </message>
    <message>
        <source>Images not copied:</source>
        <translation>Nicht kopierte Bilder:</translation>
    </message>
    <message>
        <source>Agency spellings (as the page wrote them):</source>
        <translation>Agenturschreibweisen (wie auf der Seite):</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>Writes: {spellings} (Undo takes it back)</source>
        <translation>Schreibt: {spellings} (Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <source>Import pasted article?</source>
        <translation>Eingefügten Artikel importieren?</translation>
    </message>
    <message>
        <source>This looks like a whole article: “{title}” with {count} slides.

Import it as the title, intro and slides of this article?</source>
        <translation>Das sieht nach einem ganzen Artikel aus: „{title}“ mit {count} Folien.

Als Titel, Vorspann und Folien dieses Artikels importieren?</translation>
    </message>
    <message>
        <source>

Left out of it:{lines}</source>
        <translation>

Davon weggelassen:{lines}</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>Vor dem Import</translation>
    </message>
    <message>
        <source>Import pasted article</source>
        <translation>Eingefügten Artikel importieren</translation>
    </message>
</context>
<context>
    <name>LayoutState</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>Link bearbeiten</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Linkadresse</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>&amp;Remove Formatting</source>
        <translation>Formatierung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Article…</source>
        <translation>&amp;Neuer Artikel…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Article</source>
        <translation>Beis&amp;pielartikel öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Bib&amp;liothek öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Versionsverlauf…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Veröffen&amp;tlichen…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Artikel sc&amp;hließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t	Ctrl+X</source>
        <translation>&amp;Ausschneiden	Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy	Ctrl+C</source>
        <translation>&amp;Kopieren	Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste	Ctrl+V</source>
        <translation>&amp;Einfügen	Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All	Ctrl+A</source>
        <translation>Alles &amp;markieren	Ctrl+A</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächsten suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorherigen suchen</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Preference&amp;s…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;Folie</translation>
    </message>
    <message>
        <source>&amp;New Slide</source>
        <translation>&amp;Neue Folie</translation>
    </message>
    <message>
        <source>&amp;Duplicate Slide</source>
        <translation>Folie &amp;duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Slide	Del</source>
        <translation>Folie &amp;löschen	Del</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Ne&amp;xt Slide</source>
        <translation>Nä&amp;chste Folie</translation>
    </message>
    <message>
        <source>Pre&amp;vious Slide</source>
        <translation>&amp;Vorherige Folie</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>&amp;Bild wählen…</translation>
    </message>
    <message>
        <source>Choose Images for &amp;All Slides…</source>
        <translation>Bilder für &amp;alle Folien wählen…</translation>
    </message>
    <message>
        <source>Add No&amp;te…</source>
        <translation>No&amp;tiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Preview as &amp;Article</source>
        <translation>Vorschau als &amp;Artikel</translation>
    </message>
    <message>
        <source>Preview as &amp;Slideshow</source>
        <translation>Vorschau als &amp;Diashow</translation>
    </message>
    <message>
        <source>&amp;Monospace Body Font</source>
        <translation>&amp;Monospace-Schrift im Text</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>A&amp;ctual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Slidewright</source>
        <translation>Ü&amp;ber Slidewright</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>Keine zuletzt geöffneten Artikel</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add slide (Ctrl+Shift+N)</source>
        <translation>Folie hinzufügen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate slide (Ctrl+Shift+D)</source>
        <translation>Folie duplizieren (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete selected slides (Delete)</source>
        <translation>Ausgewählte Folien löschen (Entf)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Down)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Preview the article as one scrolling page (Ctrl+1)</source>
        <translation>Vorschau des Artikels als eine durchlaufende Seite (Ctrl+1)</translation>
    </message>
    <message>
        <source>Preview as article</source>
        <translation>Vorschau als Artikel</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Diashow</translation>
    </message>
    <message>
        <source>Preview one slide at a time, as a slideshow (Ctrl+2)</source>
        <translation>Vorschau Folie für Folie, als Diashow (Ctrl+2)</translation>
    </message>
    <message>
        <source>Preview as slideshow</source>
        <translation>Vorschau als Diashow</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The byline new articles start with</source>
        <translation>Die Autorenzeile, mit der neue Artikel beginnen</translation>
    </message>
    <message>
        <source>Printed before each credit, e.g. Credit or Photo</source>
        <translation>Steht vor jedem Bildnachweis, z. B. Foto oder Bild</translation>
    </message>
    <message>
        <source>https://… the author&apos;s page (published with the byline)</source>
        <translation>https://… die Seite des Autors (wird mit der Autorenzeile veröffentlicht)</translation>
    </message>
    <message>
        <source>The publication&apos;s name, e.g. Harbour News</source>
        <translation>Der Name der Publikation, z. B. Hafenblatt</translation>
    </message>
    <message>
        <source>https://… the publication&apos;s logo</source>
        <translation>https://… das Logo der Publikation</translation>
    </message>
    <message>
        <source>One agency per line, e.g. your own picture desk</source>
        <translation>Eine Agentur pro Zeile, z. B. Ihre eigene Bildredaktion</translation>
    </message>
    <message>
        <source>Your own agencies: the credit checker treats them like AFP or Shutterstock (a picture whose file names one must be credited to it)</source>
        <translation>Ihre eigenen Agenturen: Die Bildnachweisprüfung behandelt sie wie AFP oder Shutterstock (ein Bild, dessen Datei eine davon nennt, muss ihr zugeschrieben werden)</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>Sprache des Fensters ({language})</translation>
    </message>
    <message>
        <source>Default author</source>
        <translation>Standardautor</translation>
    </message>
    <message>
        <source>Default credit label</source>
        <translation>Standardbezeichnung für Bildnachweise</translation>
    </message>
    <message>
        <source>Author&apos;s web page</source>
        <translation>Webseite des Autors</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Publisher&apos;s logo address</source>
        <translation>Adresse des Herausgeberlogos</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agenturen</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Default &amp;author</source>
        <translation>Standard&amp;autor</translation>
    </message>
    <message>
        <source>Author&apos;s &amp;web page</source>
        <translation>&amp;Webseite des Autors</translation>
    </message>
    <message>
        <source>Default &amp;credit label</source>
        <translation>Standard&amp;bezeichnung für Bildnachweise</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;logo</source>
        <translation>&amp;Logo des Herausgebers</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;genturen</translation>
    </message>
    <message>
        <source>&amp;Spelling language</source>
        <translation>&amp;Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Language of the &amp;window</source>
        <translation>Sprache des &amp;Fensters</translation>
    </message>
    <message>
        <source>New articles start with this author and credit label. Exports name the publisher and, for this author&apos;s articles, the author&apos;s page. Agency names are never marked as misspelled, and the credit checker knows them beside its own list. An article&apos;s own language (Article tab) comes before this one. The window&apos;s language changes at the next start.</source>
        <translation>Neue Artikel beginnen mit diesem Autor und dieser Bildnachweis-Bezeichnung. Exporte nennen den Herausgeber und, bei Artikeln dieses Autors, die Seite des Autors. Agenturnamen werden nie als Rechtschreibfehler markiert, und die Bildnachweisprüfung kennt sie zusätzlich zu ihrer eigenen Liste. Die eigene Sprache eines Artikels (Reiter Artikel) geht dieser vor. Die Sprache des Fensters ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatisch (Systemsprache)</translation>
    </message>
    <message>
        <source>Takes effect the next time Slidewright starts</source>
        <translation>Wirkt beim nächsten Start von Slidewright</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Article folder ({patterns})</source>
        <translation>Artikelordner ({patterns})</translation>
    </message>
    <message>
        <source>&amp;Title of the new article:</source>
        <translation>&amp;Titel des neuen Artikels:</translation>
    </message>
    <message>
        <source>Choose a &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>&amp;Dateien wählen…</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Draft (review it on the site first)</source>
        <translation>Entwurf (erst auf der Website prüfen)</translation>
    </message>
    <message>
        <source>Published now</source>
        <translation>Sofort veröffentlicht</translation>
    </message>
    <message>
        <source>Scheduled for the article&apos;s date</source>
        <translation>Geplant für das Datum des Artikels</translation>
    </message>
    <message>
        <source>Publishing stopped on an unexpected error: {error}</source>
        <translation>Die Veröffentlichung wurde durch einen unerwarteten Fehler abgebrochen: {error}</translation>
    </message>
    <message>
        <source>Publish to WordPress</source>
        <translation>In WordPress veröffentlichen</translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation>Ihr WordPress-Benutzername</translation>
    </message>
    <message>
        <source>an application password (Users ▸ Profile on the site)</source>
        <translation>ein Anwendungspasswort (Benutzer ▸ Profil auf der Website)</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Remember (no keyring here: kept until you quit)</source>
        <translation>Merken (kein Schlüsselbund vorhanden: bis zum Beenden)</translation>
    </message>
    <message>
        <source>One slide per page (WordPress page breaks)</source>
        <translation>Eine Folie pro Seite (WordPress-Seitenumbrüche)</translation>
    </message>
    <message>
        <source>Updates post {post} on that site.</source>
        <translation>Aktualisiert Beitrag {post} auf dieser Website.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Article: {severity} {rule}: {message}</source>
        <translation>Artikel: {severity} {rule}: {message}</translation>
    </message>
    <message>
        <source>Slide {number}: {severity} {rule}: {message}</source>
        <translation>Folie {number}: {severity} {rule}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>The credit check has %n error(s) (see Problems):
{errors}</source>
        <translation>
            <numerusform>Die Bildnachweisprüfung meldet %n Fehler (siehe Probleme):
{errors}</numerusform>
            <numerusform>Die Bildnachweisprüfung meldet %n Fehler (siehe Probleme):
{errors}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the site, your user name and an application password.</source>
        <translation>Geben Sie die Website, Ihren Benutzernamen und ein Anwendungspasswort ein.</translation>
    </message>
    <message>
        <source>Publish with credit errors?</source>
        <translation>Trotz Fehlern im Bildnachweis veröffentlichen?</translation>
    </message>
    <message>
        <source>{problems}

Publish anyway?</source>
        <translation>{problems}

Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>Trotzdem veröffentlichen</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Content Credentials: {error}</source>
        <translation>Inhaltsnachweise: {error}</translation>
    </message>
    <message>
        <source>Connecting to {site}…</source>
        <translation>Verbindung mit {site} wird hergestellt…</translation>
    </message>
    <message>
        <source>Publish not recorded</source>
        <translation>Veröffentlichung nicht vermerkt</translation>
    </message>
    <message>
        <source>Publishing goes on, but it could not be recorded in {file}: {error}

Save the article afterwards to keep the record; without it the next publish makes a new post.</source>
        <translation>Die Veröffentlichung läuft weiter, konnte aber nicht in {file} vermerkt werden: {error}

Speichern Sie den Artikel danach, um den Vermerk zu behalten; ohne ihn legt die nächste Veröffentlichung einen neuen Beitrag an.</translation>
    </message>
    <message>
        <source>Published: {post}</source>
        <translation>Veröffentlicht: {post}</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>Veröffentlichung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Publish Again</source>
        <translation>Erneut veröffentlichen</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Zuerst speichern</translation>
    </message>
    <message>
        <source>Save the article before publishing it.</source>
        <translation>Speichern Sie den Artikel, bevor Sie ihn veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <source>Duplicate slide</source>
        <translation>Folie duplizieren</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Bild nicht hinzugefügt</translation>
    </message>
    <message>
        <source>These files were not added:
{files}</source>
        <translation>Diese Dateien wurden nicht hinzugefügt:
{files}</translation>
    </message>
    <message>
        <source>Add slides from images</source>
        <translation>Folien aus Bildern hinzufügen</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>Folie {number} von {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n Folie</numerusform>
            <numerusform>%n Folien</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} · {minutes}</source>
        <translation>{words} · {minutes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>This slide {words} · Article {total}</source>
        <translation>Diese Folie {words} · Artikel {total}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Write slideshow articles: slides, credits, live preview.</source>
        <translation>Bildstrecken schreiben: Folien, Bildnachweise, Live-Vorschau.</translation>
    </message>
    <message>
        <source>New Article…</source>
        <translation>Neuer Artikel…</translation>
    </message>
    <message>
        <source>Open Article…</source>
        <translation>Artikel öffnen…</translation>
    </message>
    <message>
        <source>Open the Sample Article</source>
        <translation>Beispielartikel öffnen</translation>
    </message>
    <message>
        <source>Recent articles</source>
        <translation>Zuletzt geöffnete Artikel</translation>
    </message>
    <message>
        <source>Could not open the article:
{reason}</source>
        <translation>Der Artikel konnte nicht geöffnet werden:
{reason}</translation>
    </message>
</context>
<context>
    <name>WritingDesk</name>
    <message>
        <source>search results show about this many characters of a description</source>
        <translation>Suchergebnisse zeigen etwa so viele Zeichen einer Beschreibung</translation>
    </message>
    <message>
        <source>screen readers read alt text in one breath: keep it short</source>
        <translation>Screenreader lesen Alternativtext in einem Atemzug: kurz halten</translation>
    </message>
    <message>
        <source>Image pasted as {file}</source>
        <translation>Bild eingefügt als {file}</translation>
    </message>
    <message>
        <source>Image not pasted</source>
        <translation>Bild nicht eingefügt</translation>
    </message>
    <message>
        <source>Printing page {number} of {count}…</source>
        <translation>Seite {number} von {count} wird gedruckt…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
</context>
</TS>
