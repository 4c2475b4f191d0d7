<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Agency</name>
    <message>
        <source>{agency} credits read &quot;{example}&quot;</source>
        <translation>les crédits {agency} s’écrivent «&#xa0;{example}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>slide {number}: Content Credentials of {image}: {summary}</source>
        <translation>diapositive {number}&#xa0;: identifiants de contenu de {image}&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>ContentCredentials</name>
    <message>
        <source>an unnamed signer</source>
        <translation>un signataire sans nom</translation>
    </message>
    <message>
        <source>{signer}, a name that mixes letters of two alphabets</source>
        <translation>{signer}, un nom qui mêle les lettres de deux alphabets</translation>
    </message>
    <message>
        <source>valid, signer in your trust list</source>
        <translation>valides, signataire dans votre liste de confiance</translation>
    </message>
    <message>
        <source>valid, signer not in your trust list</source>
        <translation>valides, signataire absent de votre liste de confiance</translation>
    </message>
    <message>
        <source>NOT valid: {failure}</source>
        <translation>NON valides&#xa0;: {failure}</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>une vérification a échoué</translation>
    </message>
    <message>
        <source>could not be read: {failure}</source>
        <translation>illisibles&#xa0;: {failure}</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisibles</translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation>signés par {signer}</translation>
    </message>
</context>
<context>
    <name>CredentialAction</name>
    <message>
        <source>with {software}</source>
        <translation>avec {software}</translation>
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
        <translation>l’image a été modifiée après sa signature</translation>
    </message>
    <message>
        <source>a statement in the credentials was changed after signing</source>
        <translation>une déclaration des identifiants a été modifiée après la signature</translation>
    </message>
    <message>
        <source>a statement the signature covers is missing</source>
        <translation>une déclaration couverte par la signature est absente</translation>
    </message>
    <message>
        <source>the signature does not match what was signed</source>
        <translation>la signature ne correspond pas à ce qui a été signé</translation>
    </message>
    <message>
        <source>the credentials carry no signature</source>
        <translation>les identifiants ne portent aucune signature</translation>
    </message>
    <message>
        <source>it was signed outside the certificate&apos;s validity</source>
        <translation>la signature date d’en dehors de la validité du certificat</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked</source>
        <translation>le certificat du signataire a été révoqué</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired</source>
        <translation>le certificat du signataire avait expiré</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate may not sign credentials</source>
        <translation>le certificat du signataire n’est pas autorisé à signer des identifiants</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is malformed</source>
        <translation>le certificat du signataire est mal formé</translation>
    </message>
    <message>
        <source>the credentials point to a manifest that is not in the file</source>
        <translation>les identifiants renvoient à un manifeste absent du fichier</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>placed into another picture</source>
        <translation>insérée dans une autre image</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>couleurs ajustées</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recadrée</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>redimensionnée</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>réencodée</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>convertie</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtrée</translation>
    </message>
    <message>
        <source>drawn on</source>
        <translation>dessin ajouté</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>pivotée</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>caviardée</translation>
    </message>
    <message>
        <source>something removed</source>
        <translation>un élément supprimé</translation>
    </message>
    <message>
        <source>repackaged</source>
        <translation>réempaquetée</translation>
    </message>
    <message>
        <source>the file names no active manifest</source>
        <translation>le fichier ne désigne aucun manifeste actif</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{text} is not a date: the year must be between 1 and 9999</source>
        <translation>{text} n’est pas une date : l’année doit être comprise entre 1 et 9999</translation>
    </message>
    <message>
        <source>{text} is not a date: there is no month {month}</source>
        <translation>{text} n’est pas une date : il n’y a pas de mois {month}</translation>
    </message>
    <message>
        <source>{text} is not a date: {name} {year} has {days} days</source>
        <translation>{text} n’est pas une date : {name} {year} compte {days} jours</translation>
    </message>
    <message>
        <source>{text} is not a date: {name} is not the name of a month</source>
        <translation>{text} n’est pas une date : {name} n’est pas un nom de mois</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>{text} could mean two different days; write the year first (2026-01-05) or the month as a word (5 Jan 2026)</source>
        <translation>{text} peut désigner deux jours différents ; écrivez l’année d’abord (2026-01-05) ou le mois en lettres (5 janvier 2026)</translation>
    </message>
    <message>
        <source>{text} is not a date Slidewright understands; write it like 2026-01-05, 5 Jan 2026 or Jan 5, 2026</source>
        <translation>{text} n’est pas une date que Slidewright comprend ; écrivez-la comme 2026-01-05, 5 janvier 2026 ou 5 Jan 2026</translation>
    </message>
    <message>
        <source>{text} is not written as a date like 2026-11-27</source>
        <translation>{text} n’est pas écrit comme une date telle que 2026-11-27</translation>
    </message>
    <message>
        <source>{text} is not a time of day (hours 0-23, minutes and seconds 0-59)</source>
        <translation>{text} n’est pas une heure du jour (heures 0-23, minutes et secondes 0-59)</translation>
    </message>
    <message>
        <source>{text} has a time zone offset that does not exist</source>
        <translation>{text} a un décalage horaire qui n’existe pas</translation>
    </message>
</context>
<context>
    <name>ExportCredentials</name>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} et 1 autre</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres images</translation>
    </message>
    <message>
        <source>Content Credentials not carried over for {pictures}: published pictures carry a manifest only when signed anew (a signing certificate in Preferences, or --c2pa-cert and --c2pa-key)</source>
        <translation>Identifiants de contenu non repris pour {pictures}&#xa0;: les images publiées ne portent un manifeste que si elles sont signées à nouveau (un certificat de signature dans les Préférences, ou --c2pa-cert et --c2pa-key)</translation>
    </message>
    <message>
        <source>{file}: Content Credentials not written ({error})</source>
        <translation>{file}&#xa0;: identifiants de contenu non écrits ({error})</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>no base URL (the Export dialog&apos;s Base URL, or --base-url): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>aucune URL de base (l’URL de base de la boîte Exporter, ou --base-url)&#xa0;: la page n’a pas d’adresse canonique, et les cartes de partage comme les moteurs de recherche n’obtiennent aucune adresse d’image</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{message}
Fix: {fix}</source>
        <translation>{message}
Correction&#xa0;: {fix}</translation>
    </message>
    <message>
        <source>{severity}: {message} ({rule}).</source>
        <translation>{severity}&#xa0;: {message} ({rule}).</translation>
    </message>
    <message>
        <source>{severity}: {message} ({rule}). Fix: {fix}.</source>
        <translation>{severity}&#xa0;: {message} ({rule}). Correction&#xa0;: {fix}.</translation>
    </message>
    <message>
        <source>{severity} on the article: {message}</source>
        <translation>{severity} sur l’article&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{severity} on slide {slide}: {message}</source>
        <translation>{severity} sur la diapositive {slide}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{row}; fix: {fix}</source>
        <translation>{row}&#xa0;; correction&#xa0;: {fix}</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
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
        <translation>erreur</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>Choose Images for All Slides…</source>
        <translation>Choisir les images de toutes les diapositives…</translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <source>{folder} is as it was before this export</source>
        <translation>{folder} est resté tel qu’il était avant cet export</translation>
    </message>
    <message>
        <source>nothing was written to {folder}</source>
        <translation>rien n’a été écrit dans {folder}</translation>
    </message>
    <message>
        <source>the export stopped ({why}); {left}</source>
        <translation>l’export s’est arrêté ({why})&#xa0;; {left}</translation>
    </message>
    <message>
        <source>written straight into {folder} ({why}): if the export is interrupted, the folder holds part of it</source>
        <translation>écrit directement dans {folder} ({why})&#xa0;: si l’export est interrompu, le dossier en contient une partie</translation>
    </message>
    <message>
        <source>the earlier export was kept at {old}: files saved into {folder} during the export could not be moved over ({why})</source>
        <translation>l’export précédent a été conservé dans {old}&#xa0;: les fichiers enregistrés dans {folder} pendant l’export n’ont pas pu y être déplacés ({why})</translation>
    </message>
</context>
<context>
    <name>HistoryChanges</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>credit label</source>
        <translation>libellé du crédit</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>sponsored</source>
        <translation>sponsorisé</translation>
    </message>
    <message>
        <source>publish location</source>
        <translation>publication des lieux</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>introduction</translation>
    </message>
    <message>
        <source>read more</source>
        <translation>À lire aussi</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>{count} slide edited</source>
        <translation>{count} diapositive modifiée</translation>
    </message>
    <message>
        <source>{count} slides edited</source>
        <translation>{count} diapositives modifiées</translation>
    </message>
    <message>
        <source>{count} slide added</source>
        <translation>{count} diapositive ajoutée</translation>
    </message>
    <message>
        <source>{count} slides added</source>
        <translation>{count} diapositives ajoutées</translation>
    </message>
    <message>
        <source>{count} slide removed</source>
        <translation>{count} diapositive supprimée</translation>
    </message>
    <message>
        <source>{count} slides removed</source>
        <translation>{count} diapositives supprimées</translation>
    </message>
    <message>
        <source>{count} slide moved</source>
        <translation>{count} diapositive déplacée</translation>
    </message>
    <message>
        <source>{count} slides moved</source>
        <translation>{count} diapositives déplacées</translation>
    </message>
    <message>
        <source>{count} edited</source>
        <translation>{count} modifiée(s)</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} ajoutée(s)</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>{count} supprimée(s)</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>{count} déplacée(s)</translation>
    </message>
    <message>
        <source>First version kept: {count} slide</source>
        <translation>Première version conservée : {count} diapositive</translation>
    </message>
    <message>
        <source>First version kept: {count} slides</source>
        <translation>Première version conservée : {count} diapositives</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>{fields} modifié(s)</translation>
    </message>
    <message>
        <source>{slides}; {fields}</source>
        <translation>{slides} ; {fields}</translation>
    </message>
    <message>
        <source>No change to the text</source>
        <translation>Aucune modification du texte</translation>
    </message>
</context>
<context>
    <name>HistoryDiff</name>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>{author} (resolved)</source>
        <translation>{author} (résolue)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{state}, moved</source>
        <translation>{state}, déplacée</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Slide {number}: {title}</source>
        <translation>Diapositive {number} : {title}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Restore this slide</source>
        <translation>Restaurer cette diapositive</translation>
    </message>
    <message>
        <source>{count} slide unchanged.</source>
        <translation>{count} diapositive inchangée.</translation>
    </message>
    <message>
        <source>{count} slides unchanged.</source>
        <translation>{count} diapositives inchangées.</translation>
    </message>
    <message>
        <source>The text is the same.</source>
        <translation>Le texte est identique.</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>image {path} left out: its metadata could not be cleaned</source>
        <translation>image {path} écartée&#xa0;: ses métadonnées n’ont pas pu être nettoyées</translation>
    </message>
</context>
<context>
    <name>ImageDamage</name>
    <message>
        <source>it is an SVG drawing (a document that can run scripts), not the {format} picture its name says; export it as a picture, or name it .svg</source>
        <translation>c’est un dessin SVG (un document qui peut exécuter des scripts), pas l’image {format} que son nom annonce&#xa0;; exportez-le en image ou nommez-le .svg</translation>
    </message>
    <message>
        <source>it is a {found} file, not the {format} picture its name says; save it again as {format} or give it the name its content has</source>
        <translation>c’est un fichier {found}, pas l’image {format} que son nom annonce&#xa0;; enregistrez-la à nouveau en {format} ou donnez-lui le nom qui correspond à son contenu</translation>
    </message>
    <message>
        <source>the file ends in the middle of the picture (a copy or download that stopped half-way?); copy it again from the original</source>
        <translation>le fichier s’arrête au milieu de l’image (une copie ou un téléchargement interrompu&#xa0;?)&#xa0;; copiez-la à nouveau depuis l’original</translation>
    </message>
    <message>
        <source>its picture data is damaged and does not decode; copy it again from the original</source>
        <translation>ses données d’image sont endommagées et ne se décodent pas&#xa0;; copiez-la à nouveau depuis l’original</translation>
    </message>
</context>
<context>
    <name>ImageProblems</name>
    <message>
        <source>{where}: image {path} not found in the article&apos;s folder; published without it</source>
        <translation>{where}&#xa0;: image {path} introuvable dans le dossier de l’article&#xa0;; publié sans elle</translation>
    </message>
    <message>
        <source>{where}: image {path} is not a readable SVG; published without it</source>
        <translation>{where}&#xa0;: l’image {path} n’est pas un SVG lisible&#xa0;; publié sans elle</translation>
    </message>
    <message>
        <source>{where}: image {path} is not published: {reason}</source>
        <translation>{where}&#xa0;: l’image {path} n’est pas publiée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{where}: image {path} left out: {reason}</source>
        <translation>{where}&#xa0;: image {path} omise&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageRights</name>
    <message>
        <source>{what}: ExifTool did not finish: {error}</source>
        <translation>{what}&#xa0;: ExifTool ne s’est pas terminé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>its content is {found}, not the {named} picture its name says</source>
        <translation>son contenu est du {found}, pas l’image {named} que son nom annonce</translation>
    </message>
    <message>
        <source>the file is cut off or damaged</source>
        <translation>le fichier est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>ExifTool could not write it ({text})</source>
        <translation>ExifTool n’a pas pu les écrire ({text})</translation>
    </message>
    <message>
        <source>{name}: its credits could not be written: {why}</source>
        <translation>{name}&#xa0;: les crédits n’ont pas pu être écrits&#xa0;: {why}</translation>
    </message>
    <message>
        <source>its name says SVG drawing but its content is not one; give it the name its content has</source>
        <translation>son nom annonce un dessin SVG, mais son contenu n’en est pas un ; donnez-lui le nom que son contenu a</translation>
    </message>
    <message>
        <source>Slidewright removes private metadata from JPEG, PNG, WebP, GIF, AVIF and TIFF pictures only; convert it to one of them</source>
        <translation>Slidewright ne retire les métadonnées privées que des images JPEG, PNG, WebP, GIF, AVIF et TIFF&#xa0;; convertissez-la dans l’un de ces formats</translation>
    </message>
    <message>
        <source>{what}: credits not written</source>
        <translation>{what}&#xa0;: crédits non écrits</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{count} read-more title with no link yet (add its address): {titles}</source>
        <translation>{count} titre «&#xa0;À lire aussi&#xa0;» encore sans lien (ajoutez son adresse)&#xa0;: {titles}</translation>
    </message>
    <message>
        <source>{count} read-more titles with no link yet (add their addresses): {titles}</source>
        <translation>{count} titres «&#xa0;À lire aussi&#xa0;» encore sans lien (ajoutez leurs adresses)&#xa0;: {titles}</translation>
    </message>
    <message>
        <source>no credit found on the article&apos;s only slide</source>
        <translation>aucun crédit trouvé sur l’unique diapositive de l’article</translation>
    </message>
    <message>
        <source>no credit found on {count} of {total} slides (slide {shown})</source>
        <translation>aucun crédit trouvé sur {count} diapositive sur {total} (diapositive {shown})</translation>
    </message>
    <message>
        <source>no credit found on {count} of {total} slides (slides {shown})</source>
        <translation>aucun crédit trouvé sur {count} diapositives sur {total} (diapositives {shown})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>{count} ad</source>
        <translation>{count} publicité</translation>
    </message>
    <message>
        <source>{count} ads</source>
        <translation>{count} publicités</translation>
    </message>
    <message>
        <source>{count} share button</source>
        <translation>{count} bouton de partage</translation>
    </message>
    <message>
        <source>{count} share buttons</source>
        <translation>{count} boutons de partage</translation>
    </message>
    <message>
        <source>{count} navigation line</source>
        <translation>{count} ligne de navigation</translation>
    </message>
    <message>
        <source>{count} navigation lines</source>
        <translation>{count} lignes de navigation</translation>
    </message>
    <message>
        <source>{count} site link</source>
        <translation>{count} lien du site</translation>
    </message>
    <message>
        <source>{count} site links</source>
        <translation>{count} liens du site</translation>
    </message>
    <message>
        <source>{count} footer line</source>
        <translation>{count} ligne de pied de page</translation>
    </message>
    <message>
        <source>{count} footer lines</source>
        <translation>{count} lignes de pied de page</translation>
    </message>
    <message>
        <source>{count} link to another article</source>
        <translation>{count} lien vers un autre article</translation>
    </message>
    <message>
        <source>{count} links to other articles</source>
        <translation>{count} liens vers d’autres articles</translation>
    </message>
    <message>
        <source>{count} page furniture line</source>
        <translation>{count} ligne d’habillage de la page</translation>
    </message>
    <message>
        <source>{count} page furniture lines</source>
        <translation>{count} lignes d’habillage de la page</translation>
    </message>
    <message>
        <source>{count} cookie notice line</source>
        <translation>{count} ligne du bandeau de cookies</translation>
    </message>
    <message>
        <source>{count} cookie notice lines</source>
        <translation>{count} lignes du bandeau de cookies</translation>
    </message>
    <message>
        <source>{count} date line</source>
        <translation>{count} ligne de date</translation>
    </message>
    <message>
        <source>{count} date lines</source>
        <translation>{count} lignes de date</translation>
    </message>
    <message>
        <source>{count} breadcrumb</source>
        <translation>{count} fil d’Ariane</translation>
    </message>
    <message>
        <source>{count} breadcrumbs</source>
        <translation>{count} fils d’Ariane</translation>
    </message>
    <message>
        <source>{count} line after the read-more heading</source>
        <translation>{count} ligne après le titre «&#xa0;À lire aussi&#xa0;»</translation>
    </message>
    <message>
        <source>{count} lines after the read-more heading</source>
        <translation>{count} lignes après le titre «&#xa0;À lire aussi&#xa0;»</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>navigation</translation>
    </message>
    <message>
        <source>sidebar</source>
        <translation>barre latérale</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>boutons de partage</translation>
    </message>
    <message>
        <source>ads</source>
        <translation>publicités</translation>
    </message>
    <message>
        <source>sponsored links</source>
        <translation>liens sponsorisés</translation>
    </message>
    <message>
        <source>cookie notice</source>
        <translation>bandeau de cookies</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>liens connexes</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>newsletter sign-up</source>
        <translation>inscription à la newsletter</translation>
    </message>
    <message>
        <source>{count} slide heading found from its shape ({how}); {sureness}</source>
        <translation>{count} titre de diapositive reconnu à sa forme ({how})&#xa0;; {sureness}</translation>
    </message>
    <message>
        <source>{count} slide headings found from their shape ({how}); {sureness}</source>
        <translation>{count} titres de diapositive reconnus à leur forme ({how})&#xa0;; {sureness}</translation>
    </message>
    <message>
        <source>{count} numbered</source>
        <translation>{count} numérotés</translation>
    </message>
    <message>
        <source>{count} question</source>
        <translation>{count} question</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} questions</translation>
    </message>
    <message>
        <source>{count} short line</source>
        <translation>{count} ligne courte</translation>
    </message>
    <message>
        <source>{count} short lines</source>
        <translation>{count} lignes courtes</translation>
    </message>
    <message>
        <source>confidence not worked out for a page this long</source>
        <translation>confiance non calculée pour une page aussi longue</translation>
    </message>
    <message>
        <source>confidence 100%</source>
        <translation>confiance 100&#xa0;%</translation>
    </message>
    <message>
        <source>confidence {percent}% or more (lowest: “{heading}”)</source>
        <translation>confiance de {percent}&#xa0;% ou plus (la plus basse&#xa0;: «&#xa0;{heading}&#xa0;»)</translation>
    </message>
    <message>
        <source>credit lines read as the image above each heading</source>
        <translation>lignes de crédit lues comme l’image au-dessus de chaque titre</translation>
    </message>
    <message>
        <source>credit lines read as the last line of each slide</source>
        <translation>lignes de crédit lues comme la dernière ligne de chaque diapositive</translation>
    </message>
    <message>
        <source>the line above each credit read as the slide&apos;s caption</source>
        <translation>la ligne au-dessus de chaque crédit lue comme la légende de la diapositive</translation>
    </message>
    <message>
        <source>captions on {count} slide</source>
        <translation>légendes sur {count} diapositive</translation>
    </message>
    <message>
        <source>captions on {count} slides</source>
        <translation>légendes sur {count} diapositives</translation>
    </message>
    <message>
        <source>alt text copied with the page on {count} slide</source>
        <translation>texte alternatif repris de la page sur {count} diapositive</translation>
    </message>
    <message>
        <source>alt text copied with the page on {count} slides</source>
        <translation>texte alternatif repris de la page sur {count} diapositives</translation>
    </message>
    <message>
        <source>long headings: {headings}</source>
        <translation>titres longs&#xa0;: {headings}</translation>
    </message>
    <message>
        <source>language “{lang}” from the words of “{byline}”</source>
        <translation>langue «&#xa0;{lang}&#xa0;» d’après les mots de «&#xa0;{byline}&#xa0;»</translation>
    </message>
    <message>
        <source>author and date from “{byline}” under the title</source>
        <translation>auteur et date tirés de «&#xa0;{byline}&#xa0;» sous le titre</translation>
    </message>
    <message>
        <source>author from “{byline}” under the title</source>
        <translation>auteur tiré de «&#xa0;{byline}&#xa0;» sous le titre</translation>
    </message>
    <message>
        <source>date from “{byline}” under the title</source>
        <translation>date tirée de «&#xa0;{byline}&#xa0;» sous le titre</translation>
    </message>
    <message>
        <source>author and date from the page&apos;s byline and meta</source>
        <translation>auteur et date tirés de la signature et des métadonnées de la page</translation>
    </message>
    <message>
        <source>author from the page&apos;s byline and meta</source>
        <translation>auteur tiré de la signature et des métadonnées de la page</translation>
    </message>
    <message>
        <source>date from the page&apos;s byline and meta</source>
        <translation>date tirée de la signature et des métadonnées de la page</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (one line)</source>
        <translation>catégorie «&#xa0;{category}&#xa0;» tirée du fil d’Ariane (une ligne)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (numbered list items)</source>
        <translation>catégorie «&#xa0;{category}&#xa0;» tirée du fil d’Ariane (éléments de liste numérotés)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (one item per line)</source>
        <translation>catégorie «&#xa0;{category}&#xa0;» tirée du fil d’Ariane (un élément par ligne)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb</source>
        <translation>catégorie «&#xa0;{category}&#xa0;» tirée du fil d’Ariane</translation>
    </message>
    <message>
        <source>category “{category}” from the page&apos;s article data (JSON-LD)</source>
        <translation>catégorie «&#xa0;{category}&#xa0;» tirée des données d’article de la page (JSON-LD)</translation>
    </message>
    <message>
        <source>category “{category}” from the label above the title</source>
        <translation>catégorie «&#xa0;{category}&#xa0;» tirée du surtitre</translation>
    </message>
    <message>
        <source>{what} (confidence {percent}%)</source>
        <translation>{what} (confiance {percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>{count} slide from the post&apos;s gallery (headings from captions)</source>
        <translation>{count} diapositive tirée de la galerie de l’article (titres tirés des légendes)</translation>
    </message>
    <message>
        <source>{count} slides from the post&apos;s gallery (headings from captions)</source>
        <translation>{count} diapositives tirées de la galerie de l’article (titres tirés des légendes)</translation>
    </message>
    <message>
        <source>HTML nesting below {depth} levels (those tags were read as plain text)</source>
        <translation>imbrication HTML au-delà de {depth} niveaux (ces balises ont été lues comme du texte brut)</translation>
    </message>
    <message>
        <source>linked by rel=&quot;next&quot;</source>
        <translation>liées par rel=&quot;next&quot;</translation>
    </message>
    <message>
        <source>numbered file names linking as next/previous pages</source>
        <translation>noms de fichier numérotés liés comme pages suivante/précédente</translation>
    </message>
    <message>
        <source>numbered file names with the same title</source>
        <translation>noms de fichier numérotés avec le même titre</translation>
    </message>
    <message>
        <source>numbered file names linking as next/previous pages and with the same title</source>
        <translation>noms de fichier numérotés liés comme pages suivante/précédente et avec le même titre</translation>
    </message>
    <message>
        <source>{count} saved pages read as one slideshow ({how}: {first} … {last})</source>
        <translation>{count} pages enregistrées lues comme un seul diaporama ({how}&#xa0;: {first} … {last})</translation>
    </message>
    <message>
        <source>read this page alone: the numbered pages beside it ({shown}) neither link to it as next/previous pages nor share its title</source>
        <translation>cette page lue seule&#xa0;: les pages numérotées à côté ({shown}) ne la lient pas comme page suivante/précédente et n’ont pas son titre</translation>
    </message>
    <message>
        <source>pages without slides: {names}</source>
        <translation>pages sans diapositive&#xa0;: {names}</translation>
    </message>
    <message>
        <source>letters misread on the way (UTF-8 read as Windows-1252) put back: {shown}</source>
        <translation>lettres mal lues en chemin (UTF-8 lu comme Windows-1252) rétablies&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>an inline data: image near “{hint}”</source>
        <translation>une image data: intégrée près de «&#xa0;{hint}&#xa0;»</translation>
    </message>
    <message>
        <source>and {count:,} more inline data: image</source>
        <translation>et {count:,} autre image data: intégrée</translation>
    </message>
    <message>
        <source>and {count:,} more inline data: images</source>
        <translation>et {count:,} autres images data: intégrées</translation>
    </message>
    <message>
        <source>image {src} (not found beside {source})</source>
        <translation>image {src} (introuvable à côté de {source})</translation>
    </message>
    <message>
        <source>and {count:,} more image not found beside {source}</source>
        <translation>et {count:,} autre image introuvable à côté de {source}</translation>
    </message>
    <message>
        <source>and {count:,} more images not found beside {source}</source>
        <translation>et {count:,} autres images introuvables à côté de {source}</translation>
    </message>
    <message>
        <source>{src} (more than {most} local images)</source>
        <translation>{src} (plus de {most} images locales)</translation>
    </message>
    <message>
        <source>and {count:,} more image (more than {most} local images)</source>
        <translation>et {count:,} autre image (plus de {most} images locales)</translation>
    </message>
    <message>
        <source>and {count:,} more images (more than {most} local images)</source>
        <translation>et {count:,} autres images (plus de {most} images locales)</translation>
    </message>
    <message>
        <source>{src} (a {scheme}: address, not a file beside {source})</source>
        <translation>{src} (une adresse {scheme}:, pas un fichier à côté de {source})</translation>
    </message>
    <message>
        <source>{src} (outside the folder of {source})</source>
        <translation>{src} (hors du dossier de {source})</translation>
    </message>
    <message>
        <source>an inline image near “{hint}” (more than {most})</source>
        <translation>une image intégrée près de «&#xa0;{hint}&#xa0;» (plus de {most})</translation>
    </message>
    <message>
        <source>an inline image near “{hint}” ({reason})</source>
        <translation>une image intégrée près de «&#xa0;{hint}&#xa0;» ({reason})</translation>
    </message>
    <message>
        <source>{old} → {new} ({count} credit)</source>
        <translation>{old} → {new} ({count} crédit)</translation>
    </message>
    <message>
        <source>{old} → {new} ({count} credits)</source>
        <translation>{old} → {new} ({count} crédits)</translation>
    </message>
</context>
<context>
    <name>LibraryRules</name>
    <message>
        <source>{article} (slide {slide})</source>
        <translation>{article} (diapositive {slide})</translation>
    </message>
    <message>
        <source>the article cannot be read</source>
        <translation>l’article est illisible</translation>
    </message>
    <message>
        <source>{image} is outside the article folder (an absolute path, a link out of it or an address that is no file): no export takes it</source>
        <translation>{image} est en dehors du dossier de l’article (un chemin absolu, un lien qui en sort ou une adresse qui n’est pas un fichier)&#xa0;: aucun export ne la prend</translation>
    </message>
    <message>
        <source>{image} names no picture file in the article folder: no export takes it</source>
        <translation>{image} ne désigne aucun fichier d’image dans le dossier de l’article&#xa0;: aucun export ne la prend</translation>
    </message>
    <message>
        <source>{image} cannot be read: {problem}</source>
        <translation>{image} est illisible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison indiquée</translation>
    </message>
    <message>
        <source>{image} is not an image that opens: {problem}</source>
        <translation>{image} ne s’ouvre pas comme une image&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{shown}; and 1 more</source>
        <translation>{shown}&#xa0;; et 1 autre</translation>
    </message>
    <message>
        <source>{shown}; and {more} more</source>
        <translation>{shown}&#xa0;; et {more} autres</translation>
    </message>
    <message>
        <source>&apos;{credit}&apos; in {where}</source>
        <translation>«&#xa0;{credit}&#xa0;» dans {where}</translation>
    </message>
    <message>
        <source>this photo is credited &apos;{credit}&apos; here, but {others}: agree on one credit</source>
        <translation>cette photo est créditée «&#xa0;{credit}&#xa0;» ici, mais {others}&#xa0;: convenez d’un seul crédit</translation>
    </message>
    <message>
        <source>the slide&apos;s licence</source>
        <translation>licence de la diapositive</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence end date</source>
        <translation>date de fin de licence du fichier image</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), before the article&apos;s date {published}</source>
        <translation>la licence a pris fin le {end} ({source}), avant la date de l’article, le {published}</translation>
    </message>
    <message>
        <source>the licence end &apos;{text}&apos; ({source}) is not a date: write it as YYYY-MM-DD</source>
        <translation>la fin de licence «&#xa0;{text}&#xa0;» ({source}) n’est pas une date&#xa0;: écrivez-la AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), {days} day ago, and the article still shows the photo</source>
        <translation>la licence a pris fin le {end} ({source}), il y a {days} jour, et l’article montre toujours la photo</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), {days} days ago, and the article still shows the photo</source>
        <translation>la licence a pris fin le {end} ({source}), il y a {days} jours, et l’article montre toujours la photo</translation>
    </message>
    <message>
        <source>the licence ends on {end} ({source}), in {days} day: renew it or replace the photo</source>
        <translation>la licence prend fin le {end} ({source}), dans {days} jour&#xa0;: renouvelez-la ou remplacez la photo</translation>
    </message>
    <message>
        <source>the licence ends on {end} ({source}), in {days} days: renew it or replace the photo</source>
        <translation>la licence prend fin le {end} ({source}), dans {days} jours&#xa0;: renouvelez-la ou remplacez la photo</translation>
    </message>
    <message>
        <source>a {agency} photo with no licence recorded: add the licence&apos;s end date (and link) in the slide&apos;s Licence section, from the agency&apos;s invoice</source>
        <translation>une photo {agency} sans licence enregistrée&#xa0;: indiquez la date de fin de licence (et le lien) dans la section Licence de la diapositive, d’après la facture de l’agence</translation>
    </message>
    <message>
        <source>{where}, dated {date}</source>
        <translation>{where}, daté du {date}</translation>
    </message>
    <message>
        <source>this photo is also used in {uses}: within {days} days of this article</source>
        <translation>cette photo est aussi utilisée dans {uses}&#xa0;: à moins de {days}&#xa0;jours de cet article</translation>
    </message>
</context>
<context>
    <name>LicenceWarnings</name>
    <message>
        <source>{where}: slide {slide}, image {path}: {reason} (published anyway)</source>
        <translation>{where}&#xa0;: diapositive {slide}, image {path}&#xa0;: {reason} (publiée quand même)</translation>
    </message>
</context>
<context>
    <name>PluralRule</name>
    <message>
        <source>singular: 1</source>
        <translation>singular: 0, 1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Credit and image findings by slide; Enter goes to the field at fault</source>
        <translation>Constats sur les crédits et les images, par diapositive&#xa0;; Entrée mène au champ en cause</translation>
    </message>
    <message>
        <source>The selected problem, in full</source>
        <translation>Le problème sélectionné, en entier</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Appliquer la correction proposée</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Aucun article ouvert</translation>
    </message>
    <message>
        <source>Checking credits…</source>
        <translation>Vérification des crédits…</translation>
    </message>
    <message>
        <source>The credit check stopped: {reason}</source>
        <translation>La vérification des crédits s’est arrêtée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Diapositive {number}&#xa0;: {heading}</translation>
    </message>
    <message>
        <source>Untitled slide</source>
        <translation>Diapositive sans titre</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
</context>
<context>
    <name>PublishResult</name>
    <message>
        <source>{count} image uploaded</source>
        <translation>{count} image envoyée</translation>
    </message>
    <message>
        <source>{count} images uploaded</source>
        <translation>{count} images envoyées</translation>
    </message>
    <message>
        <source>{uploaded}, 1 unchanged</source>
        <translation>{uploaded}, 1 inchangée</translation>
    </message>
    <message>
        <source>{uploaded}, {count} unchanged</source>
        <translation>{uploaded}, {count} inchangées</translation>
    </message>
    <message>
        <source>post {post} ({status}) at {link}: {images}.</source>
        <translation>article {post} ({status}) à l’adresse {link}&#xa0;: {images}.</translation>
    </message>
    <message>
        <source>(It was published to {site} before; that record is replaced.)</source>
        <translation>(Il avait déjà été publié sur {site}&#xa0;; cet enregistrement est remplacé.)</translation>
    </message>
    <message>
        <source>(Post {post} was deleted on the site; a new post was made.)</source>
        <translation>(L’article {post} a été supprimé du site&#xa0;; un nouvel article a été créé.)</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>{message} (not fixed here: the file says {says})</source>
        <translation>{message} (non corrigé ici&#xa0;: le fichier indique {says})</translation>
    </message>
</context>
<context>
    <name>RssExport</name>
    <message>
        <source>slide {number} ({heading}) has no image: the feed carries it in the article&apos;s content only, not as a media:content</source>
        <translation>la diapositive {number} ({heading}) n’a pas d’image&#xa0;: le flux ne la reprend que dans le contenu de l’article, pas comme media:content</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>{where}: image {path} is not a picture in the article&apos;s folder: the feed gives slide {number} no media:content</source>
        <translation>{where}&#xa0;: l’image {path} n’est pas une image du dossier de l’article&#xa0;: le flux ne donne pas de media:content à la diapositive {number}</translation>
    </message>
    <message>
        <source>{where}: image {path} left out: {reason}; the feed gives slide {number} no media:content</source>
        <translation>{where}&#xa0;: image {path} omise&#xa0;: {reason}&#xa0;; le flux ne donne aucun media:content à la diapositive {number}</translation>
    </message>
</context>
<context>
    <name>RulesCredit</name>
    <message>
        <source>Use the file&apos;s credit: &quot;{credit}&quot;</source>
        <translation>Utiliser le crédit du fichier&#xa0;: «&#xa0;{credit}&#xa0;»</translation>
    </message>
    <message>
        <source>the image has no credit</source>
        <translation>l’image n’a pas de crédit photo</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>aucune mention</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot; carries its own label; the page already prints &quot;{label}:&quot; → &quot;{clean}&quot;</source>
        <translation>«&#xa0;{credit}&#xa0;» porte sa propre mention&#xa0;; la page affiche déjà «&#xa0;{label}&#xa0;:&#xa0;» → «&#xa0;{clean}&#xa0;»</translation>
    </message>
    <message>
        <source>Drop the label: &quot;{clean}&quot;</source>
        <translation>Retirer la mention&#xa0;: «&#xa0;{clean}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot; holds characters that do not show ({hidden}): the page shows one thing, a search reads another → &quot;{fixed}&quot;</source>
        <translation>«&#xa0;{credit}&#xa0;» contient des caractères invisibles ({hidden})&#xa0;: la page montre une chose, une recherche en lit une autre → «&#xa0;{fixed}&#xa0;»</translation>
    </message>
    <message>
        <source>Write it without them: &quot;{fixed}&quot;</source>
        <translation>L’écrire sans eux&#xa0;: «&#xa0;{fixed}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; → &quot;{agency}&quot;</source>
        <translation>«&#xa0;{written}&#xa0;» → «&#xa0;{agency}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; is written with letters of another alphabet that look Latin → &quot;{agency}&quot;</source>
        <translation>«&#xa0;{written}&#xa0;» est écrit avec des lettres d’un autre alphabet qui ressemblent aux latines → «&#xa0;{agency}&#xa0;»</translation>
    </message>
    <message>
        <source>Use the house spelling &quot;{agency}&quot;</source>
        <translation>Utiliser la graphie maison «&#xa0;{agency}&#xa0;»</translation>
    </message>
    <message>
        <source>Name the photographer from the file: &quot;{credit}&quot;</source>
        <translation>Nommer le photographe indiqué dans le fichier&#xa0;: «&#xa0;{credit}&#xa0;»</translation>
    </message>
    <message>
        <source>Write it: &quot;{credit}&quot;</source>
        <translation>L’écrire ainsi&#xa0;: «&#xa0;{credit}&#xa0;»</translation>
    </message>
    <message>
        <source>{house_form} (the photographer is missing)</source>
        <translation>{house_form} (le photographe manque)</translation>
    </message>
    <message>
        <source>caption text inside the credit: &quot;{caption}&quot;</source>
        <translation>texte de légende dans le crédit&#xa0;: «&#xa0;{caption}&#xa0;»</translation>
    </message>
    <message>
        <source>Move the caption text into the caption</source>
        <translation>Déplacer le texte dans la légende</translation>
    </message>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} et 1 autre</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} et {more} autres</translation>
    </message>
    <message>
        <source>the image file&apos;s credit lines disagree: {lines}</source>
        <translation>les crédits du fichier image se contredisent&#xa0;: {lines}</translation>
    </message>
    <message>
        <source>the credit is {length} characters long, too long to weigh against the file (the file says {says}; the credit says {typed})</source>
        <translation>le crédit fait {length} caractères, trop long pour être comparé au fichier (le fichier indique {says}&#xa0;; le crédit indique {typed})</translation>
    </message>
    <message>
        <source>the file says {says}; the credit says {typed}, which also names {agencies}</source>
        <translation>le fichier indique {says}&#xa0;; le crédit indique {typed}, qui nomme aussi {agencies}</translation>
    </message>
    <message>
        <source>the file says {says} and names {creators} as its creator; the credit says {typed}</source>
        <translation>le fichier indique {says} et désigne {creators} comme auteur&#xa0;; le crédit indique {typed}</translation>
    </message>
    <message>
        <source>the file says {says}; the credit says {typed}</source>
        <translation>le fichier indique {says}&#xa0;; le crédit indique {typed}</translation>
    </message>
    <message>
        <source>the image file names {creators} as its creator, but the credit does not</source>
        <translation>le fichier image désigne {creators} comme auteur, mais pas le crédit</translation>
    </message>
    <message>
        <source>the image file names {creators} as its creator, but the credit does not (the file says {says}; the credit says {typed})</source>
        <translation>le fichier image désigne {creators} comme auteur, mais pas le crédit (le fichier indique {says}&#xa0;; le crédit indique {typed})</translation>
    </message>
    <message>
        <source>the file says {says}; the credit leaves out {agency}</source>
        <translation>le fichier indique {says}&#xa0;; le crédit omet {agency}</translation>
    </message>
    <message>
        <source>the file says {says}: the picture came through {distributor}, and the credit leaves out &quot;via {distributor}&quot;</source>
        <translation>le fichier indique {says}&#xa0;: la photo est venue par {distributor}, et le crédit omet «&#xa0;via {distributor}&#xa0;»</translation>
    </message>
    <message>
        <source>Add &quot;via {distributor}&quot;: &quot;{credit}&quot;</source>
        <translation>Ajouter «&#xa0;via {distributor}&#xa0;»&#xa0;: «&#xa0;{credit}&#xa0;»</translation>
    </message>
    <message>
        <source>the image file disagrees with itself: XMP credit &quot;{xmp}&quot;, IPTC credit &quot;{iptc}&quot;</source>
        <translation>le fichier image se contredit&#xa0;: crédit XMP «&#xa0;{xmp}&#xa0;», crédit IPTC «&#xa0;{iptc}&#xa0;»</translation>
    </message>
    <message>
        <source>the image file disagrees with itself about who made the picture: {first} &quot;{one}&quot;, {second} &quot;{other}&quot;</source>
        <translation>le fichier image se contredit sur l’auteur de l’image&#xa0;: {first} «&#xa0;{one}&#xa0;», {second} «&#xa0;{other}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: stray spaces at the ends, doubled spaces or punctuation</source>
        <translation>«&#xa0;{credit}&#xa0;»&#xa0;: espaces en trop aux extrémités, espaces ou ponctuation en double</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: stray spaces at the ends</source>
        <translation>«&#xa0;{credit}&#xa0;»&#xa0;: espaces en trop aux extrémités</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: doubled spaces or punctuation</source>
        <translation>«&#xa0;{credit}&#xa0;»&#xa0;: espaces ou ponctuation en double</translation>
    </message>
    <message>
        <source>Tidy: &quot;{clean}&quot;</source>
        <translation>Nettoyer&#xa0;: «&#xa0;{clean}&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: {words} mixes Latin letters with look-alikes from another alphabet</source>
        <translation>«&#xa0;{credit}&#xa0;»&#xa0;: {words} mêle des lettres latines et des lettres d’un autre alphabet qui leur ressemblent</translation>
    </message>
    <message>
        <source>Write it in Latin letters: &quot;{clean}&quot;</source>
        <translation>L’écrire en lettres latines&#xa0;: «&#xa0;{clean}&#xa0;»</translation>
    </message>
    <message>
        <source>mixed © and (c) in this article: use ©</source>
        <translation>© et (c) mêlés dans cet article&#xa0;: utilisez ©</translation>
    </message>
    <message>
        <source>Use ©</source>
        <translation>Utiliser ©</translation>
    </message>
    <message>
        <source>final period differs from the other credits in this article</source>
        <translation>le point final diffère des autres crédits de cet article</translation>
    </message>
    <message>
        <source>{count} of {total} slides has no credit yet (slide {shown}): the picture it is waiting for will need one</source>
        <translation>{count} diapositive sur {total} n’a pas encore de crédit (diapositive {shown})&#xa0;: l’image qu’elle attend en aura besoin</translation>
    </message>
    <message>
        <source>{count} of {total} slides have no credit yet (slides {shown}): the pictures they are waiting for will need one</source>
        <translation>{count} diapositives sur {total} n’ont pas encore de crédit (diapositives {shown})&#xa0;: les images qu’elles attendent en auront besoin</translation>
    </message>
    <message>
        <source>the article&apos;s only slide has no credit yet: the picture it is waiting for will need one</source>
        <translation>l’unique diapositive de l’article n’a pas encore de crédit&#xa0;: l’image qu’elle attend en aura besoin</translation>
    </message>
    <message>
        <source>the read-more image for &quot;{title}&quot; has no credit</source>
        <translation>l’image «&#xa0;À lire aussi&#xa0;» de «&#xa0;{title}&#xa0;» n’a pas de crédit</translation>
    </message>
</context>
<context>
    <name>RulesImage</name>
    <message>
        <source>{image} is not in the article folder</source>
        <translation>{image} n’est pas dans le dossier de l’article</translation>
    </message>
    <message>
        <source>the slide has no image</source>
        <translation>la diapositive n’a pas d’image</translation>
    </message>
    <message>
        <source>all slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>aucune diapositive n’a encore d’image (diapositives {shown})&#xa0;; choisissez les images de toutes en une fois</translation>
    </message>
    <message>
        <source>{count} of {total} slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>{count} diapositives sur {total} n’ont pas encore d’image (diapositives {shown})&#xa0;; choisissez les images de toutes en une fois</translation>
    </message>
    <message>
        <source>{image} is outside the article folder; publishing tools will not find it</source>
        <translation>{image} est hors du dossier de l’article&#xa0;; les outils de publication ne la trouveront pas</translation>
    </message>
    <message>
        <source>{image} is a plain http address: the published page will not show it, and each reader&apos;s visit is sent to that server; put the picture in the article folder</source>
        <translation>{image} est une adresse http non chiffrée&#xa0;: la page publiée ne l’affichera pas, et chaque visite d’un lecteur est signalée à ce serveur&#xa0;; placez l’image dans le dossier de l’article</translation>
    </message>
    <message>
        <source>{image} is on another site, not in the article folder: the picture is not checked and its credit cannot be compared with the file</source>
        <translation>{image} est sur un autre site, pas dans le dossier de l’article&#xa0;: l’image n’est pas vérifiée et son crédit ne peut pas être comparé au fichier</translation>
    </message>
    <message>
        <source>{image} is not an image that can be opened ({reason})</source>
        <translation>{image} n’est pas une image qui s’ouvre ({reason})</translation>
    </message>
    <message>
        <source>{image} is not an image that can be opened</source>
        <translation>{image} n’est pas une image qui s’ouvre</translation>
    </message>
    <message>
        <source>{image} is left out of every export: {reason}</source>
        <translation>{image} est omise de tous les exports&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{width}×{height} px: the shorter side is under the house minimum of {minimum} px</source>
        <translation>{width}×{height}&#xa0;px&#xa0;: le petit côté est sous le minimum maison de {minimum}&#xa0;px</translation>
    </message>
    <message>
        <source>Use the alt text embedded in the image: &quot;{alt}&quot;</source>
        <translation>Utiliser le texte alternatif intégré à l’image&#xa0;: «&#xa0;{alt}&#xa0;»</translation>
    </message>
    <message>
        <source>no alt text for readers who cannot see the image</source>
        <translation>pas de texte alternatif pour les lecteurs qui ne voient pas l’image</translation>
    </message>
    <message>
        <source>the alt text only repeats the file name; describe what the image shows</source>
        <translation>le texte alternatif ne fait que répéter le nom du fichier&#xa0;; décrivez ce que montre l’image</translation>
    </message>
    <message>
        <source>the alt text only repeats the heading; describe what the image shows</source>
        <translation>le texte alternatif ne fait que répéter le titre&#xa0;; décrivez ce que montre l’image</translation>
    </message>
    <message>
        <source>the alt text only repeats the credit; describe what the image shows</source>
        <translation>le texte alternatif ne fait que répéter le crédit&#xa0;; décrivez ce que montre l’image</translation>
    </message>
    <message>
        <source>the author (creator)</source>
        <translation>l’auteur (creator)</translation>
    </message>
    <message>
        <source>a link to the source</source>
        <translation>un lien vers la source</translation>
    </message>
    <message>
        <source>the licence name with its version (e.g. CC BY-SA 4.0)</source>
        <translation>le nom de la licence avec sa version (p.&#xa0;ex. CC BY-SA 4.0)</translation>
    </message>
    <message>
        <source>a link to the licence</source>
        <translation>un lien vers la licence</translation>
    </message>
    <message>
        <source>Creative Commons credit needs {missing}</source>
        <translation>un crédit Creative Commons doit indiquer {missing}</translation>
    </message>
    <message>
        <source>{agency} pictures come under the {licence}: {note}</source>
        <translation>les images {agency} relèvent de la {licence}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Name the licence: {licence}</source>
        <translation>Indiquer la licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>the slide and the image file say editorial use only</source>
        <translation>la diapositive et le fichier image réservent l’image à un usage éditorial</translation>
    </message>
    <message>
        <source>the slide says editorial use only</source>
        <translation>la diapositive réserve l’image à un usage éditorial</translation>
    </message>
    <message>
        <source>the image file says editorial use only</source>
        <translation>le fichier image réserve l’image à un usage éditorial</translation>
    </message>
    <message>
        <source>the slide and the image file say editorial use only; it cannot illustrate a sponsored article</source>
        <translation>la diapositive et le fichier image réservent l’image à un usage éditorial&#xa0;; elle ne peut pas illustrer un article sponsorisé</translation>
    </message>
    <message>
        <source>the slide says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>la diapositive réserve l’image à un usage éditorial&#xa0;; elle ne peut pas illustrer un article sponsorisé</translation>
    </message>
    <message>
        <source>the image file says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>le fichier image réserve l’image à un usage éditorial&#xa0;; elle ne peut pas illustrer un article sponsorisé</translation>
    </message>
    <message>
        <source>the same image as slide {slide}</source>
        <translation>la même image que sur la diapositive {slide}</translation>
    </message>
</context>
<context>
    <name>RulesLicence</name>
    <message>
        <source>the slide&apos;s Licence from</source>
        <translation>«&#xa0;Licence à partir du&#xa0;» de la diapositive</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence start date</source>
        <translation>date de début de licence du fichier image</translation>
    </message>
    <message>
        <source>the slide&apos;s Licence until</source>
        <translation>«&#xa0;Licence jusqu’au&#xa0;» de la diapositive</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence end date</source>
        <translation>date de fin de licence du fichier image</translation>
    </message>
    <message>
        <source>Licence from is &apos;{text}&apos;, which is not a date: write it as YYYY-MM-DD</source>
        <translation>«&#xa0;Licence à partir du&#xa0;» vaut «&#xa0;{text}&#xa0;», qui n’est pas une date&#xa0;: écrivez-la AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The picture file&apos;s licence start date is &apos;{text}&apos;, which is not a date: write the start in the slide&apos;s Licence from as YYYY-MM-DD</source>
        <translation>La date de début de licence du fichier image est «&#xa0;{text}&#xa0;», qui n’est pas une date&#xa0;: écrivez le début dans «&#xa0;Licence à partir du&#xa0;» de la diapositive, au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Licence until is &apos;{text}&apos;, which is not a date: write it as YYYY-MM-DD</source>
        <translation>«&#xa0;Licence jusqu’au&#xa0;» vaut «&#xa0;{text}&#xa0;», qui n’est pas une date&#xa0;: écrivez-la AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The picture file&apos;s licence end date is &apos;{text}&apos;, which is not a date: write the end in the slide&apos;s Licence until as YYYY-MM-DD</source>
        <translation>La date de fin de licence du fichier image est «&#xa0;{text}&#xa0;», qui n’est pas une date&#xa0;: écrivez la fin dans «&#xa0;Licence jusqu’au&#xa0;» de la diapositive, au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The licence ended on {end} ({source}), before the article&apos;s date {published}: this picture may not be published on that date</source>
        <translation>La licence a pris fin le {end} ({source}), avant la date de l’article, le {published}&#xa0;: cette image ne peut pas être publiée à cette date</translation>
    </message>
    <message>
        <source>The licence ended on {end} ({source}) and the article has no date yet: published today ({today}) or later, it would show this picture without a licence</source>
        <translation>La licence a pris fin le {end} ({source}) et l’article n’a pas encore de date&#xa0;: publié aujourd’hui ({today}) ou plus tard, il montrerait cette image sans licence</translation>
    </message>
    <message>
        <source>The licence starts on {start} ({source}), after the article&apos;s date {published}: this picture may not be published on that date</source>
        <translation>La licence commence le {start} ({source}), après la date de l’article, le {published}&#xa0;: cette image ne peut pas être publiée à cette date</translation>
    </message>
    <message>
        <source>The licence starts on {start} ({start_source}), after it ends on {end} ({end_source}): one of the two dates is wrong</source>
        <translation>La licence commence le {start} ({start_source}), après sa fin le {end} ({end_source})&#xa0;: l’une des deux dates est fausse</translation>
    </message>
    <message>
        <source>The licence ends on {end} ({source}), in {days} day, and the article is not published yet: renew the licence, or choose a picture that stays licensed</source>
        <translation>La licence prend fin le {end} ({source}), dans {days} jour, et l’article n’est pas encore publié&#xa0;: renouvelez la licence, ou choisissez une image qui reste sous licence</translation>
    </message>
    <message>
        <source>The licence ends on {end} ({source}), in {days} days, and the article is not published yet: renew the licence, or choose a picture that stays licensed</source>
        <translation>La licence prend fin le {end} ({source}), dans {days} jours, et l’article n’est pas encore publié&#xa0;: renouvelez la licence, ou choisissez une image qui reste sous licence</translation>
    </message>
</context>
<context>
    <name>RulesProvenance</name>
    <message>
        <source>its Content Credentials say it is {kind}</source>
        <translation>selon ses identifiants de contenu, l’image est {kind}</translation>
    </message>
    <message>
        <source>the image file says it is {kind}</source>
        <translation>selon le fichier image, l’image est {kind}</translation>
    </message>
    <message>
        <source>{kind}, but neither credit nor caption says so</source>
        <translation>{kind}, mais ni le crédit ni la légende ne le disent</translation>
    </message>
    <message>
        <source>Add &quot;{wording}&quot; to the caption</source>
        <translation>Ajouter «&#xa0;{wording}&#xa0;» à la légende</translation>
    </message>
    <message>
        <source>{kind}, but neither credit nor caption says it is computer-generated or a composite</source>
        <translation>{kind}, mais ni le crédit ni la légende ne disent qu’elle est générée par ordinateur ou composite</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials could not be read ({why})</source>
        <translation>les identifiants de contenu de l’image n’ont pas pu être lus ({why})</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials do not hold: {failures} (signed by {signer}); do not rely on what they say</source>
        <translation>les identifiants de contenu de l’image ne tiennent pas&#xa0;: {failures} (signés par {signer})&#xa0;; ne vous fiez pas à ce qu’ils disent</translation>
    </message>
    <message>
        <source>the Content Credentials name {authors} as author; the credit says &quot;{credit}&quot;</source>
        <translation>les identifiants de contenu désignent {authors} comme auteur&#xa0;; le crédit indique «&#xa0;{credit}&#xa0;»</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;, which also names {agencies}</source>
        <translation>les identifiants de contenu ont été signés par {signer}&#xa0;; le crédit indique «&#xa0;{credit}&#xa0;», qui nomme aussi {agencies}</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>les identifiants de contenu ont été signés par {signer}&#xa0;; le crédit indique «&#xa0;{credit}&#xa0;»</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by a certificate not in your trust list that names {signer}; the credit says &quot;{credit}&quot;, which also names {agencies}</source>
        <translation>les identifiants de contenu ont été signés par un certificat absent de votre liste de confiance, au nom de {signer}&#xa0;; le crédit indique «&#xa0;{credit}&#xa0;», qui nomme aussi {agencies}</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by a certificate not in your trust list that names {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>les identifiants de contenu ont été signés par un certificat absent de votre liste de confiance, au nom de {signer}&#xa0;; le crédit indique «&#xa0;{credit}&#xa0;»</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials say it must not be used to train AI (publishing it is fine; keep it out of training sets)</source>
        <translation>selon ses identifiants de contenu, l’image ne doit pas servir à entraîner une IA (la publier est permis&#xa0;; tenez-la à l’écart des jeux d’entraînement)</translation>
    </message>
</context>
<context>
    <name>RulesPublishing</name>
    <message>
        <source>The headline is {length} characters: search engines show {limit} and cut the rest (Google&apos;s article headline); say it in fewer words</source>
        <translation>Le titre compte {length}&#xa0;caractères&#xa0;: les moteurs de recherche en affichent {limit} et coupent le reste (titre d’article de Google)&#xa0;; dites-le en moins de mots</translation>
    </message>
    <message>
        <source>{agency} picture without a licence: name the licence you bought (e.g. Standard licence, Editorial use only) and link its terms, so the page&apos;s image data can say it</source>
        <translation>image {agency} sans licence&#xa0;: indiquez la licence achetée (p.&#xa0;ex. licence standard, usage éditorial uniquement) et liez ses conditions, pour que les données d’image de la page puissent la mentionner</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>lang: {value} is not a language tag, so the page says {fallback}: write a BCP 47 tag such as fr or pt-BR</source>
        <translation>lang&#xa0;: {value} n’est pas une étiquette de langue, la page indique donc {fallback}&#xa0;: écrivez une étiquette BCP 47 comme fr ou pt-BR</translation>
    </message>
    <message>
        <source>The headline is {length} characters: newsroom systems take at most {limit} (the IPTC headline field); shorten it</source>
        <translation>Le titre compte {length} caractères&#xa0;: les systèmes de rédaction en acceptent au plus {limit} (le champ titre de l’IPTC)&#xa0;; raccourcissez-le</translation>
    </message>
    <message>
        <source>The heading is {length} characters: a heading is a headline, and newsroom systems take at most {limit}; shorten it or move the rest into the text</source>
        <translation>L’intertitre compte {length} caractères&#xa0;: c’est un titre, et les systèmes de rédaction en acceptent au plus {limit}&#xa0;; raccourcissez-le ou déplacez le reste dans le texte</translation>
    </message>
    <message>
        <source>The caption is {length} characters: a picture&apos;s caption holds at most {limit} (the IPTC caption field); shorten it or move the rest into the text</source>
        <translation>La légende compte {length} caractères&#xa0;: une légende de photo en contient au plus {limit} (le champ légende de l’IPTC)&#xa0;; raccourcissez-la ou déplacez le reste dans le texte</translation>
    </message>
    <message>
        <source>{field} holds an address with a user name or password in it ({address}): the page would publish it; remove the part before @ (and change the password if it was real)</source>
        <translation>{field} contient une adresse avec un nom d’utilisateur ou un mot de passe ({address})&#xa0;: la page le publierait&#xa0;; supprimez la partie avant @ (et changez le mot de passe s’il était réel)</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>the article is dated {date}, in the future: Hugo builds no page for it unless buildFuture is set. The hugo.toml written sets buildFuture = true, so the page is built now; remove that line to hold it back until its date</source>
        <translation>l’article est daté du {date}, dans le futur&#xa0;: Hugo ne génère pas sa page sans buildFuture. Le hugo.toml écrit définit buildFuture = true, la page est donc générée dès maintenant&#xa0;; supprimez cette ligne pour la retenir jusqu’à sa date</translation>
    </message>
    <message>
        <source>the article is dated {date}, in the future: Hugo builds no page for it (it says only &apos;Pages 0&apos;) until then. Set buildFuture = true in {file} to publish it now, or change the article&apos;s date</source>
        <translation>l’article est daté du {date}, dans le futur&#xa0;: Hugo ne génère pas sa page d’ici là (il indique seulement «&#xa0;Pages 0&#xa0;»). Définissez buildFuture = true dans {file} pour le publier maintenant, ou changez la date de l’article</translation>
    </message>
    <message>
        <source>{file} does not name the theme &apos;{theme}&apos; the article&apos;s layout is in: add theme = [&quot;{theme}&quot;] (or add it to the list of themes), or Hugo shows no slides</source>
        <translation>{file} ne nomme pas le thème «&#xa0;{theme}&#xa0;» qui contient la mise en page de l’article&#xa0;: ajoutez theme = [&quot;{theme}&quot;] (ou ajoutez-le à la liste des thèmes), sinon Hugo n’affiche aucune diapositive</translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message>
        <source>image {path} left out: {reason}</source>
        <translation>image {path} écartée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the full-size picture {names} was left out of the site: its metadata could not be cleaned (the page shows its renditions)</source>
        <translation>l’image {names} en taille réelle a été écartée du site&#xa0;: ses métadonnées n’ont pas pu être nettoyées (la page montre ses versions réduites)</translation>
    </message>
    <message>
        <source>the full-size pictures {names} were left out of the site: their metadata could not be cleaned (the page shows their renditions)</source>
        <translation>les images {names} en taille réelle ont été écartées du site&#xa0;: leurs métadonnées n’ont pas pu être nettoyées (la page montre leurs versions réduites)</translation>
    </message>
</context>
<context>
    <name>SourceTypes</name>
    <message>
        <source>camera capture</source>
        <translation>prise de vue par appareil photo</translation>
    </message>
    <message>
        <source>camera capture, computationally processed</source>
        <translation>prise de vue par appareil photo, traitée par calcul</translation>
    </message>
    <message>
        <source>scan of a film negative</source>
        <translation>numérisation d’un négatif</translation>
    </message>
    <message>
        <source>scan of a film positive</source>
        <translation>numérisation d’un positif</translation>
    </message>
    <message>
        <source>scan of a print</source>
        <translation>numérisation d’un tirage</translation>
    </message>
    <message>
        <source>edited by a person</source>
        <translation>retouchée par une personne</translation>
    </message>
    <message>
        <source>minor edits by a person</source>
        <translation>légèrement retouchée par une personne</translation>
    </message>
    <message>
        <source>composite of captures</source>
        <translation>composite de prises de vue</translation>
    </message>
    <message>
        <source>enhanced by software</source>
        <translation>améliorée par logiciel</translation>
    </message>
    <message>
        <source>made from data</source>
        <translation>produite à partir de données</translation>
    </message>
    <message>
        <source>digital art</source>
        <translation>art numérique</translation>
    </message>
    <message>
        <source>screen or virtual recording</source>
        <translation>enregistrement d’écran ou virtuel</translation>
    </message>
    <message>
        <source>composite including synthetic elements</source>
        <translation>composite avec des éléments synthétiques</translation>
    </message>
    <message>
        <source>generated by AI</source>
        <translation>générée par IA</translation>
    </message>
    <message>
        <source>composite with AI-generated elements</source>
        <translation>composite avec des éléments générés par IA</translation>
    </message>
    <message>
        <source>generated by an algorithm, not by an AI model</source>
        <translation>générée par un algorithme, non par un modèle d’IA</translation>
    </message>
    <message>
        <source>screen capture</source>
        <translation>capture d’écran</translation>
    </message>
    <message>
        <source>made with software</source>
        <translation>créée avec un logiciel</translation>
    </message>
</context>
<context>
    <name>SpellDictionary</name>
    <message>
        <source>spell checking is off: Enchant is not installed ({error})</source>
        <translation>la correction orthographique est désactivée&#xa0;: Enchant n’est pas installé ({error})</translation>
    </message>
    <message>
        <source>spell checking is off: no dictionary for {language} (install a Hunspell dictionary for it from your system&apos;s packages)</source>
        <translation>la correction orthographique est désactivée&#xa0;: aucun dictionnaire pour {language} (installez un dictionnaire Hunspell pour cette langue depuis les paquets de votre système)</translation>
    </message>
    <message>
        <source>spell checking is off: no dictionary for {language} (on Debian or Ubuntu, install {packages})</source>
        <translation>la correction orthographique est désactivée&#xa0;: aucun dictionnaire pour {language} (sous Debian ou Ubuntu, installez {packages})</translation>
    </message>
    <message>
        <source>no dictionary for {language}: spelling is checked in {near}</source>
        <translation>aucun dictionnaire pour {language}&#xa0;: l’orthographe est vérifiée en {near}</translation>
    </message>
    <message>
        <source>spell checking is off: {error}</source>
        <translation>la correction orthographique est désactivée&#xa0;: {error}</translation>
    </message>
</context>
</TS>
