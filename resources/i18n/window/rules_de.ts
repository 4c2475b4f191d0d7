<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Agency</name>
    <message>
        <location filename="../../../desktop/slidewright/credits/agencies.py" line="39"/>
        <source>{agency} credits read &quot;{example}&quot;</source>
        <translation>Bildnachweise von {agency} lauten „{example}“</translation>
    </message>
</context>
<context>
    <name>ContentCredentials</name>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="156"/>
        <source>an unnamed signer</source>
        <translation>einem ungenannten Unterzeichner</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="166"/>
        <source>valid, signer in your trust list</source>
        <translation>gültig, Unterzeichner in Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="168"/>
        <source>valid, signer not in your trust list</source>
        <translation>gültig, Unterzeichner nicht in Ihrer Vertrauensliste</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="172"/>
        <source>NOT valid: {failure}</source>
        <translation>NICHT gültig: {failure}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="173"/>
        <source>a check failed</source>
        <translation>eine Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="176"/>
        <source>could not be read: {failure}</source>
        <translation>nicht lesbar: {failure}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="179"/>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="180"/>
        <source>signed by {signer}</source>
        <translation>signiert von {signer}</translation>
    </message>
</context>
<context>
    <name>CredentialAction</name>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="107"/>
        <source>with {software}</source>
        <translation>mit {software}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="111"/>
        <source>{action} ({details})</source>
        <translation>{action} ({details})</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="30"/>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="33"/>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="36"/>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="39"/>
        <source>the picture was changed after it was signed</source>
        <translation>das Bild wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="42"/>
        <source>a statement in the credentials was changed after signing</source>
        <translation>eine Angabe in den Inhaltsnachweisen wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="45"/>
        <source>a statement the signature covers is missing</source>
        <translation>eine von der Signatur erfasste Angabe fehlt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="48"/>
        <source>the signature does not match what was signed</source>
        <translation>die Signatur passt nicht zum Signierten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="51"/>
        <source>the credentials carry no signature</source>
        <translation>die Inhaltsnachweise tragen keine Signatur</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="54"/>
        <source>it was signed outside the certificate&apos;s validity</source>
        <translation>die Signatur liegt außerhalb der Gültigkeit des Zertifikats</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="57"/>
        <source>the signer&apos;s certificate was revoked</source>
        <translation>das Zertifikat des Unterzeichners wurde widerrufen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="60"/>
        <source>the signer&apos;s certificate had expired</source>
        <translation>das Zertifikat des Unterzeichners war abgelaufen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="63"/>
        <source>the signer&apos;s certificate may not sign credentials</source>
        <translation>das Zertifikat des Unterzeichners darf keine Inhaltsnachweise signieren</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="66"/>
        <source>the signer&apos;s certificate is malformed</source>
        <translation>das Zertifikat des Unterzeichners ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="69"/>
        <source>the credentials point to a manifest that is not in the file</source>
        <translation>die Inhaltsnachweise verweisen auf ein Manifest, das nicht in der Datei ist</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="75"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="76"/>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="77"/>
        <source>placed into another picture</source>
        <translation>in ein anderes Bild eingefügt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="78"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="79"/>
        <source>colours adjusted</source>
        <translation>Farben angepasst</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="80"/>
        <source>cropped</source>
        <translation>beschnitten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="81"/>
        <source>resized</source>
        <translation>in der Größe geändert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="82"/>
        <source>re-encoded</source>
        <translation>neu kodiert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="83"/>
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="84"/>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="85"/>
        <source>drawn on</source>
        <translation>bemalt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="86"/>
        <source>rotated</source>
        <translation>gedreht</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="87"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="88"/>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="89"/>
        <source>something removed</source>
        <translation>etwas entfernt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="90"/>
        <source>repackaged</source>
        <translation>neu verpackt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="306"/>
        <source>the file names no active manifest</source>
        <translation>die Datei nennt kein aktives Manifest</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/credentials.py" line="326"/>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
</context>
<context>
    <name>ExportCredentials</name>
    <message>
        <location filename="../../../desktop/slidewright/exporters/credentials.py" line="66"/>
        <source>{names} and 1 more</source>
        <translation>{names} und 1 weiteres Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/credentials.py" line="67"/>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere Bilder</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/credentials.py" line="70"/>
        <source>Content Credentials not carried over for {pictures}: published pictures carry a manifest only when signed anew (a signing certificate in Preferences, or --c2pa-cert and --c2pa-key)</source>
        <translation>Inhaltsnachweise nicht übernommen für {pictures}: Veröffentlichte Bilder tragen nur dann ein Manifest, wenn sie neu signiert werden (ein Signaturzertifikat in den Einstellungen oder --c2pa-cert und --c2pa-key)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/credentials.py" line="99"/>
        <source>{file}: Content Credentials not written ({error})</source>
        <translation>{file}: Inhaltsnachweise nicht geschrieben ({error})</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../../../desktop/slidewright/exporters/options.py" line="53"/>
        <source>no base URL (the Export dialog&apos;s Base URL, or --base-url): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>keine Basis-URL (die Basis-URL im Exportdialog oder --base-url): Die Seite hat keine kanonische Adresse, und Vorschaukarten beim Teilen und Suchmaschinen erhalten keine Bildadresse</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="48"/>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="57"/>
        <source>{message}
Fix: {fix}</source>
        <translation>{message}
Korrektur: {fix}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="66"/>
        <source>{severity}: {message} ({rule}).</source>
        <translation>{severity}: {message} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="68"/>
        <source>{severity}: {message} ({rule}). Fix: {fix}.</source>
        <translation>{severity}: {message} ({rule}). Korrektur: {fix}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="82"/>
        <source>{severity} on the article: {message}</source>
        <translation>{severity} im Artikel: {message}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="84"/>
        <source>{severity} on slide {slide}: {message}</source>
        <translation>{severity} auf Folie {slide}: {message}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="94"/>
        <source>{row}; fix: {fix}</source>
        <translation>{row}; Korrektur: {fix}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="101"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="102"/>
        <source>{count} {severity}</source>
        <translation>{count} {severity}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="107"/>
        <source>{errors}, {warnings}, {notes}</source>
        <translation>{errors}, {warnings}, {notes}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../../desktop/slidewright/credits/findings.py" line="31"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/findings.py" line="32"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/findings.py" line="35"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/findings.py" line="36"/>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/findings.py" line="39"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/findings.py" line="40"/>
        <source>notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/findings.py" line="102"/>
        <source>Choose Images for All Slides…</source>
        <translation>Bilder für alle Folien wählen…</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <location filename="../../../desktop/slidewright/exporters/html.py" line="117"/>
        <source>image {path} left out: its metadata could not be cleaned</source>
        <translation>Bild {path} weggelassen: Seine Metadaten konnten nicht bereinigt werden</translation>
    </message>
</context>
<context>
    <name>ImageProblems</name>
    <message>
        <location filename="../../../desktop/slidewright/exporters/problems.py" line="39"/>
        <source>{where}: image {path} not found in the article&apos;s folder; published without it</source>
        <translation>{where}: Bild {path} nicht im Ordner des Artikels gefunden; ohne es veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/problems.py" line="50"/>
        <source>{where}: image {path} is not a readable SVG; published without it</source>
        <translation>{where}: Bild {path} ist kein lesbares SVG; ohne es veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/problems.py" line="60"/>
        <source>{where}: image {path} is not published: {reason}</source>
        <translation>{where}: Bild {path} wird nicht veröffentlicht: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageRights</name>
    <message>
        <location filename="../../../desktop/slidewright/exporters/imagerights.py" line="99"/>
        <source>{what}: ExifTool did not finish: {error}</source>
        <translation>{what}: ExifTool wurde nicht beendet: {error}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/imagerights.py" line="104"/>
        <source>credits not written: {line}</source>
        <translation>Bildnachweise nicht geschrieben: {line}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/imagerights.py" line="105"/>
        <source>{what}: credits not written</source>
        <translation>{what}: Bildnachweise nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>LibraryRules</name>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="95"/>
        <source>{article} (slide {slide})</source>
        <translation>{article} (Folie {slide})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="104"/>
        <source>the article cannot be read</source>
        <translation>der Artikel kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="110"/>
        <source>{image} cannot be read: {problem}</source>
        <translation>{image} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="111"/>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="114"/>
        <source>{image} is not an image that opens: {problem}</source>
        <translation>{image} lässt sich nicht als Bild öffnen: {problem}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="144"/>
        <source>{shown}; and 1 more</source>
        <translation>{shown}; und 1 weitere</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="145"/>
        <source>{shown}; and {more} more</source>
        <translation>{shown}; und {more} weitere</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="150"/>
        <source>&apos;{credit}&apos; in {where}</source>
        <translation>„{credit}“ in {where}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="168"/>
        <source>this photo is credited &apos;{credit}&apos; here, but {others}: agree on one credit</source>
        <translation>dieses Foto hat hier den Bildnachweis „{credit}“, aber {others}: einigen Sie sich auf einen Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="178"/>
        <source>the slide&apos;s licence</source>
        <translation>Lizenz der Folie</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="180"/>
        <source>the picture file&apos;s licence end date</source>
        <translation>Lizenzende in der Bilddatei</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="190"/>
        <source>the licence ended on {end} ({source}), before the article&apos;s date {published}</source>
        <translation>die Lizenz endete am {end} ({source}), vor dem Datum des Artikels {published}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="208"/>
        <source>the licence end &apos;{text}&apos; ({source}) is not a date: write it as YYYY-MM-DD</source>
        <translation>das Lizenzende „{text}“ ({source}) ist kein Datum: schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="221"/>
        <source>the licence ended on {end} ({source}), {days} day ago, and the article still shows the photo</source>
        <translation>die Lizenz endete am {end} ({source}), vor {days} Tag, und der Artikel zeigt das Foto noch</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="226"/>
        <source>the licence ended on {end} ({source}), {days} days ago, and the article still shows the photo</source>
        <translation>die Lizenz endete am {end} ({source}), vor {days} Tagen, und der Artikel zeigt das Foto noch</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="237"/>
        <source>the licence ends on {end} ({source}), in {days} day: renew it or replace the photo</source>
        <translation>die Lizenz endet am {end} ({source}), in {days} Tag: verlängern Sie sie oder ersetzen Sie das Foto</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="242"/>
        <source>the licence ends on {end} ({source}), in {days} days: renew it or replace the photo</source>
        <translation>die Lizenz endet am {end} ({source}), in {days} Tagen: verlängern Sie sie oder ersetzen Sie das Foto</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="266"/>
        <source>a {agency} photo with no licence recorded: add the licence&apos;s end date (and link) in the slide&apos;s Licence section, from the agency&apos;s invoice</source>
        <translation>ein Foto von {agency} ohne erfasste Lizenz: tragen Sie das Lizenzende (und den Link) aus der Rechnung der Agentur im Lizenzbereich der Folie ein</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="295"/>
        <source>{where}, dated {date}</source>
        <translation>{where}, datiert {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/library/rules.py" line="300"/>
        <source>this photo is also used in {uses}: within {days} days of this article</source>
        <translation>dieses Foto wird auch in {uses} verwendet: innerhalb von {days} Tagen um diesen Artikel</translation>
    </message>
</context>
<context>
    <name>PluralRule</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/finding_text.py" line="24"/>
        <source>singular: 1</source>
        <translation>singular: 1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="105"/>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="111"/>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="129"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="110"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="110"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="113"/>
        <source>Credit and image findings by slide; Enter goes to the field at fault</source>
        <translation>Befunde zu Bildnachweisen und Bildern nach Folie; Eingabe springt zum betroffenen Feld</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="115"/>
        <source>The selected problem, in full</source>
        <translation>Das ausgewählte Problem, vollständig</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="341"/>
        <source>Apply Fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="116"/>
        <source>Apply the suggested fix</source>
        <translation>Die vorgeschlagene Korrektur anwenden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="128"/>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="138"/>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="321"/>
        <source>Checking credits…</source>
        <translation>Bildnachweise werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="242"/>
        <source>The credit check stopped: {reason}</source>
        <translation>Die Prüfung der Bildnachweise wurde abgebrochen: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="250"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="253"/>
        <source>Slide {number}: {heading}</source>
        <translation>Folie {number}: {heading}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="254"/>
        <source>Untitled slide</source>
        <translation>Folie ohne Titel</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/ui/problems/panel.py" line="293"/>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
</context>
<context>
    <name>PublishResult</name>
    <message>
        <location filename="../../../desktop/slidewright/publish/publisher.py" line="55"/>
        <source>{count} image uploaded</source>
        <translation>{count} Bild hochgeladen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/publish/publisher.py" line="56"/>
        <source>{count} images uploaded</source>
        <translation>{count} Bilder hochgeladen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/publish/publisher.py" line="61"/>
        <source>{uploaded}, 1 unchanged</source>
        <translation>{uploaded}, 1 unverändert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/publish/publisher.py" line="62"/>
        <source>{uploaded}, {count} unchanged</source>
        <translation>{uploaded}, {count} unverändert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/publish/publisher.py" line="64"/>
        <source>post {post} ({status}) at {link}: {images}.</source>
        <translation>Beitrag {post} ({status}) unter {link}: {images}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/publish/publisher.py" line="124"/>
        <source>(It was published to {site} before; that record is replaced.)</source>
        <translation>(Er wurde zuvor auf {site} veröffentlicht; dieser Eintrag wird ersetzt.)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/publish/publisher.py" line="226"/>
        <source>(Post {post} was deleted on the site; a new post was made.)</source>
        <translation>(Beitrag {post} wurde auf der Website gelöscht; ein neuer Beitrag wurde angelegt.)</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../../desktop/slidewright/credits/registry.py" line="70"/>
        <source>{message} (not fixed here: the file says {says})</source>
        <translation>{message} (hier nicht korrigiert: die Datei nennt {says})</translation>
    </message>
</context>
<context>
    <name>RssExport</name>
    <message>
        <location filename="../../../desktop/slidewright/exporters/rss.py" line="193"/>
        <source>slide {number} ({heading}) has no image: the feed carries it in the article&apos;s content only, not as a media:content</source>
        <translation>Folie {number} ({heading}) hat kein Bild: Der Feed enthält sie nur im Inhalt des Artikels, nicht als media:content</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/rss.py" line="198"/>
        <source>untitled</source>
        <translation>ohne Überschrift</translation>
    </message>
</context>
<context>
    <name>RulesCredit</name>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="27"/>
        <source>Use the file&apos;s credit: &quot;{credit}&quot;</source>
        <translation>Bildnachweis der Datei übernehmen: „{credit}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="34"/>
        <source>the image has no credit</source>
        <translation>das Bild hat keinen Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="41"/>
        <source>no label</source>
        <translation>keine Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="42"/>
        <source>&quot;{credit}&quot; carries its own label; the page already prints &quot;{label}:&quot; → &quot;{clean}&quot;</source>
        <translation>„{credit}“ trägt eine eigene Bezeichnung; die Seite druckt bereits „{label}:“ → „{clean}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="46"/>
        <source>Drop the label: &quot;{clean}&quot;</source>
        <translation>Bezeichnung entfernen: „{clean}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="59"/>
        <source>&quot;{written}&quot; → &quot;{agency}&quot;</source>
        <translation>„{written}“ → „{agency}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="60"/>
        <source>Use the house spelling &quot;{agency}&quot;</source>
        <translation>Hausschreibweise „{agency}“ verwenden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="91"/>
        <source>Name the photographer from the file: &quot;{credit}&quot;</source>
        <translation>Fotografen aus der Datei nennen: „{credit}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="95"/>
        <source>Write it: &quot;{credit}&quot;</source>
        <translation>So schreiben: „{credit}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="100"/>
        <source>{house_form} (the photographer is missing)</source>
        <translation>{house_form} (der Fotograf fehlt)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="113"/>
        <source>caption text inside the credit: &quot;{caption}&quot;</source>
        <translation>Bildunterschrift im Bildnachweis: „{caption}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="114"/>
        <source>Move the caption text into the caption</source>
        <translation>Text in die Bildunterschrift verschieben</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="132"/>
        <source>{names} and 1 more</source>
        <translation>{names} und 1 weiterer</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="133"/>
        <source>{names} and {more} more</source>
        <translation>{names} und {more} weitere</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="150"/>
        <source>the file says {says}; the credit says {typed}</source>
        <translation>die Datei nennt {says}; der Bildnachweis nennt {typed}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="153"/>
        <source>the image file names {creators} as its creator, but the credit does not (the file says {says}; the credit says {typed})</source>
        <translation>die Bilddatei nennt {creators} als Urheber, der Bildnachweis aber nicht (die Datei nennt {says}; der Bildnachweis nennt {typed})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="161"/>
        <source>the file says {says}; the credit leaves out {agency}</source>
        <translation>die Datei nennt {says}; dem Bildnachweis fehlt {agency}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="166"/>
        <source>the image file disagrees with itself: XMP credit &quot;{xmp}&quot;, IPTC credit &quot;{iptc}&quot;</source>
        <translation>die Bilddatei widerspricht sich selbst: XMP-Bildnachweis „{xmp}“, IPTC-Bildnachweis „{iptc}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="182"/>
        <source>&quot;{credit}&quot;: stray spaces at the ends, doubled spaces or punctuation</source>
        <translation>„{credit}“: überzählige Leerzeichen am Anfang oder Ende, doppelte Leer- oder Satzzeichen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="186"/>
        <source>&quot;{credit}&quot;: stray spaces at the ends</source>
        <translation>„{credit}“: überzählige Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="188"/>
        <source>&quot;{credit}&quot;: doubled spaces or punctuation</source>
        <translation>„{credit}“: doppelte Leer- oder Satzzeichen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="192"/>
        <source>Tidy: &quot;{clean}&quot;</source>
        <translation>Bereinigen: „{clean}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="211"/>
        <source>mixed © and (c) in this article: use ©</source>
        <translation>© und (c) gemischt in diesem Artikel: verwenden Sie ©</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="213"/>
        <source>Use ©</source>
        <translation>© verwenden</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="226"/>
        <source>final period differs from the other credits in this article</source>
        <translation>der Schlusspunkt weicht von den anderen Bildnachweisen dieses Artikels ab</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="249"/>
        <source>{count} of {total} slides has no credit yet (slide {shown}): the picture it is waiting for will need one</source>
        <translation>{count} von {total} Folien hat noch keinen Bildnachweis (Folie {shown}): Das Bild, auf das sie wartet, braucht einen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="254"/>
        <source>{count} of {total} slides have no credit yet (slides {shown}): the pictures they are waiting for will need one</source>
        <translation>{count} von {total} Folien haben noch keinen Bildnachweis (Folien {shown}): die Bilder, auf die sie warten, brauchen einen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_credit.py" line="275"/>
        <source>the read-more image for &quot;{title}&quot; has no credit</source>
        <translation>das Weiterlesen-Bild zu „{title}“ hat keinen Bildnachweis</translation>
    </message>
</context>
<context>
    <name>RulesImage</name>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="28"/>
        <source>{image} is not in the article folder</source>
        <translation>{image} ist nicht im Artikelordner</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="43"/>
        <source>the slide has no image</source>
        <translation>die Folie hat kein Bild</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="47"/>
        <source>all slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>noch keine Folie hat ein Bild (Folien {shown}); wählen Sie die Bilder für alle auf einmal</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="53"/>
        <source>{count} of {total} slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>{count} von {total} Folien haben noch kein Bild (Folien {shown}); wählen Sie die Bilder für alle auf einmal</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="67"/>
        <source>{image} is outside the article folder; publishing tools will not find it</source>
        <translation>{image} liegt außerhalb des Artikelordners; Veröffentlichungswerkzeuge finden es nicht</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="77"/>
        <source>{image} is not an image that can be opened ({reason})</source>
        <translation>{image} ist kein Bild, das sich öffnen lässt ({reason})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="81"/>
        <source>{image} is not an image that can be opened</source>
        <translation>{image} ist kein Bild, das sich öffnen lässt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="91"/>
        <source>{width}×{height} px: the shorter side is under the house minimum of {minimum} px</source>
        <translation>{width}×{height} px: die kürzere Seite liegt unter dem Hausminimum von {minimum} px</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="103"/>
        <source>Use the alt text embedded in the image: &quot;{alt}&quot;</source>
        <translation>Den im Bild eingebetteten Alternativtext verwenden: „{alt}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="105"/>
        <source>no alt text for readers who cannot see the image</source>
        <translation>kein Alternativtext für Leser, die das Bild nicht sehen können</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="114"/>
        <source>the alt text only repeats the file name; describe what the image shows</source>
        <translation>der Alternativtext wiederholt nur den Dateinamen; beschreiben Sie, was das Bild zeigt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="120"/>
        <source>the alt text only repeats the heading; describe what the image shows</source>
        <translation>der Alternativtext wiederholt nur die Überschrift; beschreiben Sie, was das Bild zeigt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="123"/>
        <source>the alt text only repeats the credit; describe what the image shows</source>
        <translation>der Alternativtext wiederholt nur den Bildnachweis; beschreiben Sie, was das Bild zeigt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="148"/>
        <source>the author (creator)</source>
        <translation>den Urheber (creator)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="150"/>
        <source>a link to the source</source>
        <translation>einen Link zur Quelle</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="153"/>
        <source>the licence name with its version (e.g. CC BY-SA 4.0)</source>
        <translation>den Namen der Lizenz mit Version (z. B. CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="156"/>
        <source>a link to the licence</source>
        <translation>einen Link zur Lizenz</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="158"/>
        <source>Creative Commons credit needs {missing}</source>
        <translation>ein Creative-Commons-Bildnachweis braucht {missing}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="172"/>
        <source>{agency} pictures come under the {licence}: {note}</source>
        <translation>Bilder von {agency} stehen unter der {licence}: {note}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="175"/>
        <source>Name the licence: {licence}</source>
        <translation>Lizenz nennen: {licence}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="189"/>
        <source>the slide and the image file say editorial use only</source>
        <translation>Folie und Bilddatei erlauben nur redaktionelle Nutzung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="192"/>
        <source>the slide says editorial use only</source>
        <translation>die Folie erlaubt nur redaktionelle Nutzung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="193"/>
        <source>the image file says editorial use only</source>
        <translation>die Bilddatei erlaubt nur redaktionelle Nutzung</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="194"/>
        <source>the slide and the image file say editorial use only; it cannot illustrate a sponsored article</source>
        <translation>Folie und Bilddatei erlauben nur redaktionelle Nutzung; das Bild kann keinen gesponserten Artikel illustrieren</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="199"/>
        <source>the slide says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>die Folie erlaubt nur redaktionelle Nutzung; das Bild kann keinen gesponserten Artikel illustrieren</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="203"/>
        <source>the image file says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>die Bilddatei erlaubt nur redaktionelle Nutzung; das Bild kann keinen gesponserten Artikel illustrieren</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_image.py" line="232"/>
        <source>the same image as slide {slide}</source>
        <translation>dasselbe Bild wie auf Folie {slide}</translation>
    </message>
</context>
<context>
    <name>RulesProvenance</name>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="47"/>
        <source>its Content Credentials say it is {kind}</source>
        <translation>laut seinen Inhaltsnachweisen ist das Bild {kind}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="50"/>
        <source>the image file says it is {kind}</source>
        <translation>laut der Bilddatei ist das Bild {kind}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="78"/>
        <source>{kind}, but neither credit nor caption says so</source>
        <translation>{kind}, aber weder Bildnachweis noch Bildunterschrift sagen es</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="79"/>
        <source>Add &quot;{wording}&quot; to the caption</source>
        <translation>„{wording}“ zur Bildunterschrift hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="95"/>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="97"/>
        <source>the picture&apos;s Content Credentials could not be read ({why})</source>
        <translation>die Inhaltsnachweise des Bildes konnten nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="102"/>
        <source>the picture&apos;s Content Credentials do not hold: {failures} (signed by {signer}); do not rely on what they say</source>
        <translation>die Inhaltsnachweise des Bildes sind nicht stichhaltig: {failures} (signiert von {signer}); verlassen Sie sich nicht auf ihre Angaben</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="134"/>
        <source>the Content Credentials name {authors} as author; the credit says &quot;{credit}&quot;</source>
        <translation>die Inhaltsnachweise nennen {authors} als Urheber; der Bildnachweis lautet „{credit}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="143"/>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>die Inhaltsnachweise wurden von {signer} signiert; der Bildnachweis lautet „{credit}“</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_provenance.py" line="153"/>
        <source>the picture&apos;s Content Credentials say it must not be used to train AI (publishing it is fine; keep it out of training sets)</source>
        <translation>laut den Inhaltsnachweisen darf das Bild nicht zum Training von KI verwendet werden (veröffentlichen ist in Ordnung; halten Sie es aus Trainingsdaten heraus)</translation>
    </message>
</context>
<context>
    <name>RulesPublishing</name>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_publishing.py" line="22"/>
        <source>The headline is {length} characters: search engines show {limit} and cut the rest (Google&apos;s article headline); say it in fewer words</source>
        <translation>Die Überschrift hat {length} Zeichen: Suchmaschinen zeigen {limit} und schneiden den Rest ab (Googles Artikelüberschrift); sagen Sie es mit weniger Worten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/credits/rules_publishing.py" line="43"/>
        <source>{agency} picture without a licence: name the licence you bought (e.g. Standard licence, Editorial use only) and link its terms, so the page&apos;s image data can say it</source>
        <translation>Bild von {agency} ohne Lizenz: nennen Sie die erworbene Lizenz (z. B. Standardlizenz, nur redaktionelle Nutzung) und verlinken Sie ihre Bedingungen, damit die Bilddaten der Seite sie angeben können</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <location filename="../../../desktop/slidewright/exporters/siteconfig.py" line="77"/>
        <source>the article is dated {date}, in the future: Hugo builds no page for it unless buildFuture is set. The hugo.toml written sets buildFuture = true, so the page is built now; remove that line to hold it back until its date</source>
        <translation>Der Artikel ist auf {date} datiert, in der Zukunft: Hugo erstellt dafür keine Seite, solange buildFuture nicht gesetzt ist. Die geschriebene hugo.toml setzt buildFuture = true, die Seite wird also jetzt erstellt; entfernen Sie diese Zeile, um sie bis zu ihrem Datum zurückzuhalten</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/siteconfig.py" line="88"/>
        <source>the article is dated {date}, in the future: Hugo builds no page for it (it says only &apos;Pages 0&apos;) until then. Set buildFuture = true in {file} to publish it now, or change the article&apos;s date</source>
        <translation>Der Artikel ist auf {date} datiert, in der Zukunft: Hugo erstellt bis dahin keine Seite dafür (es meldet nur „Pages 0“). Setzen Sie buildFuture = true in {file}, um ihn jetzt zu veröffentlichen, oder ändern Sie das Datum des Artikels</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/siteconfig.py" line="98"/>
        <source>{file} does not name the theme &apos;{theme}&apos; the article&apos;s layout is in: add theme = [&quot;{theme}&quot;] (or add it to the list of themes), or Hugo shows no slides</source>
        <translation>{file} nennt das Theme „{theme}“ nicht, in dem das Layout des Artikels liegt: Fügen Sie theme = [&quot;{theme}&quot;] hinzu (oder ergänzen Sie es in der Liste der Themes), sonst zeigt Hugo keine Folien</translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message>
        <location filename="../../../desktop/slidewright/exporters/sites.py" line="123"/>
        <source>image {path} left out: {reason}</source>
        <translation>Bild {path} weggelassen: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/exporters/sites.py" line="134"/>
        <source>the full-size pictures were left out of the site: their metadata could not be cleaned (the page shows the renditions)</source>
        <translation>Die Bilder in voller Größe wurden nicht in die Website übernommen: Ihre Metadaten konnten nicht bereinigt werden (die Seite zeigt die verkleinerten Fassungen)</translation>
    </message>
</context>
<context>
    <name>SourceTypes</name>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="16"/>
        <source>camera capture</source>
        <translation>Kameraaufnahme</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="17"/>
        <source>camera capture, computationally processed</source>
        <translation>Kameraaufnahme, rechnerisch verarbeitet</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="20"/>
        <source>scan of a film negative</source>
        <translation>Scan eines Filmnegativs</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="21"/>
        <source>scan of a film positive</source>
        <translation>Scan eines Diapositivs</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="22"/>
        <source>scan of a print</source>
        <translation>Scan eines Abzugs</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="23"/>
        <source>edited by a person</source>
        <translation>von einer Person bearbeitet</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="24"/>
        <source>minor edits by a person</source>
        <translation>von einer Person leicht bearbeitet</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="25"/>
        <source>composite of captures</source>
        <translation>aus Aufnahmen zusammengesetzt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="26"/>
        <source>enhanced by software</source>
        <translation>per Software verbessert</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="27"/>
        <source>made from data</source>
        <translation>aus Daten erzeugt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="28"/>
        <source>digital art</source>
        <translation>digitale Kunst</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="29"/>
        <source>screen or virtual recording</source>
        <translation>Bildschirm- oder virtuelle Aufnahme</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="30"/>
        <source>composite including synthetic elements</source>
        <translation>zusammengesetzt mit synthetischen Elementen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="33"/>
        <source>generated by AI</source>
        <translation>von KI erzeugt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="34"/>
        <source>composite with AI-generated elements</source>
        <translation>zusammengesetzt mit KI-erzeugten Elementen</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="37"/>
        <source>generated by an algorithm</source>
        <translation>von einem Algorithmus erzeugt</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="38"/>
        <source>screen capture</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/provenance/sourcetypes.py" line="39"/>
        <source>made with software</source>
        <translation>mit Software erstellt</translation>
    </message>
</context>
<context>
    <name>SpellDictionary</name>
    <message>
        <location filename="../../../desktop/slidewright/spelling/dictionary.py" line="180"/>
        <source>spell checking is off: Enchant is not installed ({error})</source>
        <translation>die Rechtschreibprüfung ist aus: Enchant ist nicht installiert ({error})</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/spelling/dictionary.py" line="190"/>
        <source>spell checking is off: no dictionary for {language} (install one, e.g. the hunspell-en-us package for English)</source>
        <translation>die Rechtschreibprüfung ist aus: kein Wörterbuch für {language} (installieren Sie eines, z. B. das Paket hunspell-de-de für Deutsch)</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/spelling/dictionary.py" line="198"/>
        <source>no dictionary for {language}: spelling is checked in {near}</source>
        <translation>kein Wörterbuch für {language}: die Rechtschreibung wird in {near} geprüft</translation>
    </message>
    <message>
        <location filename="../../../desktop/slidewright/spelling/dictionary.py" line="211"/>
        <source>spell checking is off: {error}</source>
        <translation>die Rechtschreibprüfung ist aus: {error}</translation>
    </message>
</context>
</TS>
