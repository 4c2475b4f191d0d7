<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessWiring</name>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>The selected slide&apos;s fields, or the article&apos;s</source>
        <translation>Les champs de la diapositive sélectionnée, ou ceux de l’article</translation>
    </message>
    <message>
        <source>Problems: {totals}</source>
        <translation>Problèmes : {totals}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Slide {number} of {count}: {heading}</source>
        <translation>Diapositive {number} sur {count} : {heading}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>e.g. Read more from the Coast Desk</source>
        <translation>p. ex. À lire aussi, par la rédaction Littoral</translation>
    </message>
    <message>
        <source>{field} heading</source>
        <translation>Titre de « {field} »</translation>
    </message>
    <message>
        <source>The heading over the links after the last slide</source>
        <translation>Le titre au-dessus des liens, après la dernière diapositive</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit photo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Add a read-more link below the selected one</source>
        <translation>Ajouter un lien « À lire aussi » sous celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected read-more link</source>
        <translation>Supprimer le lien « À lire aussi » sélectionné</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>{path}: could not be opened ({kind}: {reason})</source>
        <translation>{path} : ouverture impossible ({kind} : {reason})</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Impossible d’ouvrir l’article</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Slidewright articles (*.md)</source>
        <translation>Articles Slidewright (*.md)</translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>New Article: where to keep it</source>
        <translation>Nouvel article : où l’enregistrer</translation>
    </message>
    <message>
        <source>Folder holds an article</source>
        <translation>Le dossier contient déjà un article</translation>
    </message>
    <message>
        <source>{folder} already holds an article (index.md). Open it instead, or pick an empty folder.</source>
        <translation>{folder} contient déjà un article (index.md). Ouvrez-le plutôt, ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Cannot create article</source>
        <translation>Impossible de créer l’article</translation>
    </message>
    <message>
        <source>Merge takes the other program&apos;s changes into the slides you did not edit and keeps your unsaved edits.</source>
        <translation>« Fusionner » reprend les modifications de l’autre programme dans les diapositives que vous n’avez pas modifiées et conserve vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Article changed on disk</source>
        <translation>Article modifié sur le disque</translation>
    </message>
    <message>
        <source>{file} was changed by another program.

{changes}

Reload it (your unsaved version is kept in History), or keep your version?</source>
        <translation>{file} a été modifié par un autre programme.

{changes}

Le recharger (votre version non enregistrée est conservée dans l’historique), ou garder votre version ?</translation>
    </message>
    <message>
        <source>Merged the changes made on disk with yours</source>
        <translation>Les modifications faites sur le disque ont été fusionnées avec les vôtres</translation>
    </message>
    <message>
        <source>Reloaded {file}, changed on disk: {changes}. Your version is in History (Undo brings it back)</source>
        <translation>{file} rechargé, modifié sur le disque : {changes}. Votre version est dans l’historique (Annuler la ramène)</translation>
    </message>
    <message>
        <source>{file} was changed by another program: you will be asked when you pause</source>
        <translation>{file} a été modifié par un autre programme : la question vous sera posée dès que vous ferez une pause</translation>
    </message>
    <message>
        <source>The new version cannot be read: {reason}</source>
        <translation>La nouvelle version est illisible : {reason}</translation>
    </message>
    <message>
        <source>Cannot reload article</source>
        <translation>Impossible de recharger l’article</translation>
    </message>
    <message>
        <source>{reason}

Your version stays open; Save asks before writing over that file.</source>
        <translation>{reason}

Votre version reste ouverte ; Enregistrer demandera confirmation avant d’écraser ce fichier.</translation>
    </message>
    <message>
        <source>Reloaded {file}, changed on disk: {changes}</source>
        <translation>{file} rechargé, modifié sur le disque : {changes}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}. The file on disk is unchanged; your changes are still open here.</source>
        <translation>Impossible d’enregistrer {file} : {reason}. Le fichier sur le disque est inchangé ; vos modifications restent ouvertes ici.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Saved {file}; the original is kept as {copy}</source>
        <translation>{file} enregistré ; l’original est conservé sous le nom {copy}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Save Article As: name its new folder</source>
        <translation>Enregistrer l’article sous : nommer son nouveau dossier</translation>
    </message>
    <message>
        <source>{folder} already holds an article; pick an empty folder.</source>
        <translation>{folder} contient déjà un article ; choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>Folder is not empty</source>
        <translation>Le dossier n’est pas vide</translation>
    </message>
    <message>
        <source>{folder} already holds other files. Save the article there anyway? Images of the article replace files of the same name.</source>
        <translation>{folder} contient déjà d’autres fichiers. Y enregistrer l’article quand même ? Les images de l’article remplacent les fichiers de même nom.</translation>
    </message>
    <message>
        <source>Replace images?</source>
        <translation>Remplacer les images ?</translation>
    </message>
    <message>
        <source>{folder} already holds different images with the same names:
{images}

Replace them with the article&apos;s images?</source>
        <translation>{folder} contient déjà d’autres images portant les mêmes noms :
{images}

Les remplacer par les images de l’article ?</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Enregistré sous {file}</translation>
    </message>
    <message>
        <source>Some images were missing</source>
        <translation>Certaines images manquaient</translation>
    </message>
    <message>
        <source>These images were not copied (missing, or outside the article&apos;s folder):
{images}</source>
        <translation>Ces images n’ont pas été copiées (manquantes, ou hors du dossier de l’article) :
{images}</translation>
    </message>
    <message>
        <source>Typed text not saved</source>
        <translation>Texte saisi non enregistré</translation>
    </message>
    <message>
        <source>Close the article without it?</source>
        <translation>Fermer l’article sans lui ?</translation>
    </message>
    <message>
        <source>Close Without It</source>
        <translation>Fermer sans lui</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la rédaction</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>This article cannot be read; double-click to see why</source>
        <translation>Cet article est illisible ; double-cliquez pour savoir pourquoi</translation>
    </message>
</context>
<context>
    <name>AssignImages</name>
    <message>
        <source>Choose Images for All Slides</source>
        <translation>Choisir les images de toutes les diapositives</translation>
    </message>
    <message>
        <source>Every slide has an image already</source>
        <translation>Chaque diapositive a déjà une image</translation>
    </message>
    <message>
        <source>1 slide has no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>1 diapositive n’a pas d’image. Choisissez un dossier d’images ou plusieurs fichiers d’image : ils sont attribués, dans l’ordre de leurs noms, à cette diapositive.</translation>
    </message>
    <message>
        <source>%n slides have no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>%n diapositives n’ont pas d’image. Choisissez un dossier d’images ou plusieurs fichiers d’image : ils sont attribués, dans l’ordre de leurs noms, à ces diapositives.</translation>
    </message>
    <message>
        <source>No images (JPEG, PNG, WebP, GIF or SVG) found in {names}.</source>
        <translation>Aucune image (JPEG, PNG, WebP, GIF ou SVG) trouvée dans {names}.</translation>
    </message>
    <message>
        <source>Choose images for 1 slide</source>
        <translation>Choisir l’image d’une diapositive</translation>
    </message>
    <message>
        <source>Choose images for %n slides</source>
        <translation>Choisir les images de %n diapositives</translation>
    </message>
    <message>
        <source>These files were not used:
{files}</source>
        <translation>Ces fichiers n’ont pas été utilisés :
{files}</translation>
    </message>
    <message>
        <source>Images chosen for 1 slide</source>
        <translation>Image choisie pour 1 diapositive</translation>
    </message>
    <message>
        <source>Images chosen for %n slides</source>
        <translation>Images choisies pour %n diapositives</translation>
    </message>
    <message>
        <source>%n still without an image</source>
        <translation>%n encore sans image</translation>
    </message>
    <message>
        <source>1 image left over</source>
        <translation>1 image en trop</translation>
    </message>
    <message>
        <source>%n images left over</source>
        <translation>%n images en trop</translation>
    </message>
</context>
<context>
    <name>CaptionCells</name>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <source>Recovery copy not written: {reason}</source>
        <translation>Copie de récupération non écrite : {reason}</translation>
    </message>
    <message>
        <source>Recovery copy not written</source>
        <translation>Copie de récupération non écrite</translation>
    </message>
    <message>
        <source>Slidewright could not copy your unsaved changes aside: {reason}.

Your work is still open; save it to keep it.</source>
        <translation>Slidewright n’a pas pu mettre vos modifications non enregistrées de côté : {reason}.

Votre travail est toujours ouvert ; enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Recovery copy cannot be read</source>
        <translation>Copie de récupération illisible</translation>
    </message>
    <message>
        <source>Slidewright kept unsaved changes to this article in
{file}
but cannot read them ({problem}). The copy is kept there for you.</source>
        <translation>Slidewright a conservé des modifications non enregistrées de cet article dans
{file}
mais ne peut pas les lire ({problem}). La copie y reste à votre disposition.</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>Restaurer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>CredentialsLine</name>
    <message>
        <source>What failed:</source>
        <translation>Ce qui a échoué :</translation>
    </message>
    <message>
        <source>Written by: {generator}</source>
        <translation>Écrit par : {generator}</translation>
    </message>
    <message>
        <source>Author: {names}</source>
        <translation>Auteur : {names}</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Ce qui a été fait :</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Créé à partir de :</translation>
    </message>
    <message>
        <source>{title} (the original)</source>
        <translation>{title} (l’original)</translation>
    </message>
    <message>
        <source>The credentials say the picture must not be used to train AI.</source>
        <translation>Selon ses identifiants de contenu, l’image ne doit pas servir à entraîner une IA.</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Content Credentials details</source>
        <translation>Détails des identifiants de contenu</translation>
    </message>
    <message>
        <source>{mark} Content Credentials: {summary}</source>
        <translation>{mark} Identifiants de contenu : {summary}</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>{number} MB</source>
        <translation>{number} Mo</translation>
    </message>
    <message>
        <source>{number} kB</source>
        <translation>{number} ko</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2026-11-27, 27 Nov 2026 or Nov 27, 2026</source>
        <translation>p. ex. 2026-11-27, 27 Nov 2026 ou Nov 27, 2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Article date calendar</source>
        <translation>Calendrier de la date de l’article</translation>
    </message>
    <message>
        <source>The Date field holds “{text}”, which is not a date, so it is not saved.</source>
        <translation>Le champ Date contient « {text} », qui n’est pas une date : il n’est donc pas enregistré.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>DiskChanges</name>
    <message>
        <source>slide {number} ({heading})</source>
        <translation>diapositive {number} ({heading})</translation>
    </message>
    <message>
        <source>slide {number}</source>
        <translation>diapositive {number}</translation>
    </message>
    <message>
        <source>Changed: {slides} and 1 more</source>
        <translation>Modifié : {slides} et 1 autre</translation>
    </message>
    <message>
        <source>Changed: {slides} and {more} more</source>
        <translation>Modifié : {slides} et {more} autres</translation>
    </message>
    <message>
        <source>Changed: {slides}</source>
        <translation>Modifié : {slides}</translation>
    </message>
    <message>
        <source>Added: 1 slide at the end</source>
        <translation>Ajouté : 1 diapositive à la fin</translation>
    </message>
    <message>
        <source>Added: %n slides at the end</source>
        <translation>Ajouté : %n diapositives à la fin</translation>
    </message>
    <message>
        <source>Removed: the last slide</source>
        <translation>Supprimé : la dernière diapositive</translation>
    </message>
    <message>
        <source>Removed: the last %n slides</source>
        <translation>Supprimé : les %n dernières diapositives</translation>
    </message>
    <message>
        <source>Article: {fields}</source>
        <translation>Article : {fields}</translation>
    </message>
    <message>
        <source>No difference in the article&apos;s content (only its layout).</source>
        <translation>Aucune différence dans le contenu de l’article (seulement dans sa mise en forme).</translation>
    </message>
</context>
<context>
    <name>DiskConflict</name>
    <message>
        <source>the number of slides</source>
        <translation>le nombre de diapositives</translation>
    </message>
    <message>
        <source>You and the other program both changed: {places}.</source>
        <translation>Vous et l’autre programme avez tous deux modifié : {places}.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>{file} was changed by another program since you opened it.

Overwrite it with your version? Their changes will be lost.</source>
        <translation>{file} a été modifié par un autre programme depuis que vous l&apos;avez ouvert.

L&apos;écraser avec votre version ? Les autres modifications seront perdues.</translation>
    </message>
    <message>
        <source>Merge takes their changes into the slides you did not edit, then saves.</source>
        <translation>Fusionner reprend les autres modifications dans les diapositives que vous n&apos;avez pas modifiées, puis enregistre.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>Merge and Save</source>
        <translation>Fusionner et enregistrer</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Merge changes from disk</source>
        <translation>Fusionner les modifications du disque</translation>
    </message>
    <message>
        <source>Before reload</source>
        <translation>Avant le rechargement</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Hea&amp;ding</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>Slide heading</source>
        <translation>Intitulé de la diapositive</translation>
    </message>
    <message>
        <source>The slide&apos;s heading, numbered on the page; its image files are named after it</source>
        <translation>L’intitulé de la diapositive, numéroté sur la page ; ses fichiers d’image portent son nom</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>l’intitulé</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>image</source>
        <translation>l’image</translation>
    </message>
    <message>
        <source>&amp;Alt text</source>
        <translation>Te&amp;xte alternatif</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it</source>
        <translation>Décrivez l’image pour les lecteurs qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Read aloud to readers who cannot see the image: what it shows, in a sentence</source>
        <translation>Lu à voix haute aux lecteurs qui ne voient pas l’image : ce qu’elle montre, en une phrase</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>le texte alternatif</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>C&amp;rédit</translation>
    </message>
    <message>
        <source>e.g. Jana Novak/Shutterstock (the label is added for you)</source>
        <translation>p. ex. Jana Novak/Shutterstock (le libellé est ajouté pour vous)</translation>
    </message>
    <message>
        <source>Who made the image and for which agency, as the agency asks to be credited</source>
        <translation>Qui a fait l’image et pour quelle agence, comme l’agence demande à être créditée</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>le crédit</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>Lé&amp;gende</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Légende facultative</translation>
    </message>
    <message>
        <source>A line under the image, beside the credit (optional): *italic*, **bold**, [a link](…)</source>
        <translation>Une ligne sous l’image, à côté du crédit photo (facultatif) : *italique*, **gras**, [un lien](…)</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>la légende</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>Corp&amp;s</translation>
    </message>
    <message>
        <source>Body paragraphs in Markdown</source>
        <translation>Paragraphes du corps en Markdown</translation>
    </message>
    <message>
        <source>The slide&apos;s paragraphs, in Markdown: *italic*, **bold**, [a link](https://…)</source>
        <translation>Les paragraphes de la diapositive, en Markdown : *italique*, **gras**, [un lien](https://…)</translation>
    </message>
    <message>
        <source>body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>e.g. CC BY-SA 4.0</source>
        <translation>p. ex. CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>The image&apos;s licence when it is not an agency photo, e.g. CC BY-SA 4.0</source>
        <translation>La licence de l’image quand ce n’est pas une photo d’agence, p. ex. CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>la licence</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Auteur de l’image</translation>
    </message>
    <message>
        <source>Photographer or author</source>
        <translation>Photographe ou auteur</translation>
    </message>
    <message>
        <source>The photographer or author a licence asks you to name</source>
        <translation>Le photographe ou l’auteur qu’une licence demande de nommer</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>l’auteur de l’image</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Lien vers la source</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Where the image was found (its page, not the image file)</source>
        <translation>Où l’image a été trouvée (sa page, pas le fichier d’image)</translation>
    </message>
    <message>
        <source>source link</source>
        <translation>le lien vers la source</translation>
    </message>
    <message>
        <source>Licence link</source>
        <translation>Lien vers la licence</translation>
    </message>
    <message>
        <source>https://creativecommons.org/licenses/…</source>
        <translation>https://creativecommons.org/licenses/…</translation>
    </message>
    <message>
        <source>The licence&apos;s own page, linked beside the credit</source>
        <translation>La page de la licence elle-même, liée à côté du crédit</translation>
    </message>
    <message>
        <source>licence link</source>
        <translation>le lien vers la licence</translation>
    </message>
    <message>
        <source>Licence from</source>
        <translation>Licence à partir du</translation>
    </message>
    <message>
        <source>e.g. 2026-01-01</source>
        <translation>p. ex. 2026-01-01</translation>
    </message>
    <message>
        <source>The first day the image&apos;s licence covers (YYYY-MM-DD), from the agency&apos;s invoice</source>
        <translation>Le premier jour couvert par la licence de l’image (AAAA-MM-JJ), d’après la facture de l’agence</translation>
    </message>
    <message>
        <source>licence start</source>
        <translation>le début de licence</translation>
    </message>
    <message>
        <source>Licence until</source>
        <translation>Licence jusqu’au</translation>
    </message>
    <message>
        <source>e.g. 2027-12-31</source>
        <translation>p. ex. 2027-12-31</translation>
    </message>
    <message>
        <source>The last day the image may be shown (YYYY-MM-DD); File &gt; Open Library warns before it</source>
        <translation>Le dernier jour où l’image peut être montrée (AAAA-MM-JJ) ; Fichier &gt; Ouvrir la bibliothèque prévient avant</translation>
    </message>
    <message>
        <source>licence end</source>
        <translation>la fin de licence</translation>
    </message>
    <message>
        <source>Editorial use only</source>
        <translation>Usage éditorial uniquement</translation>
    </message>
    <message>
        <source>The agency allows this image beside news only: a sponsored article may not use it</source>
        <translation>L’agence n’autorise cette image qu’à côté de l’actualité : un article sponsorisé ne peut pas l’utiliser</translation>
    </message>
    <message>
        <source>editorial use</source>
        <translation>l’usage éditorial</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titre de l’article</translation>
    </message>
    <message>
        <source>The article&apos;s headline, also the page title in search results</source>
        <translation>Le titre de l’article, aussi celui de la page dans les résultats de recherche</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>The standfirst under the title</source>
        <translation>Le chapeau sous le titre</translation>
    </message>
    <message>
        <source>The standfirst under the title; search results show it as the summary</source>
        <translation>Le chapeau sous le titre ; les résultats de recherche l’affichent comme résumé</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Ru&amp;brique</translation>
    </message>
    <message>
        <source>Section shown in the breadcrumb, e.g. Travel</source>
        <translation>Rubrique affichée dans le fil d’Ariane, p. ex. Voyage</translation>
    </message>
    <message>
        <source>The section the article belongs to, shown in the breadcrumb</source>
        <translation>La rubrique dont relève l’article, affichée dans le fil d’Ariane</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>les rubriques</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Mots-clé&amp;s</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Topics, comma-separated, for feeds and site exports</source>
        <translation>Sujets, séparés par des virgules, pour les flux et les exports de site</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>les mots-clés</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>Auteu&amp;r</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>The byline</source>
        <translation>La signature</translation>
    </message>
    <message>
        <source>author</source>
        <translation>l’auteur</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>The publication date: type it in most forms, it is saved as YYYY-MM-DD</source>
        <translation>La date de publication : saisissez-la sous presque toute forme, elle est enregistrée en AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>Credit la&amp;bel</source>
        <translation>&amp;Libellé du crédit</translation>
    </message>
    <message>
        <source>Printed before each credit, e.g. Credit</source>
        <translation>Imprimé avant chaque crédit, p. ex. Photo</translation>
    </message>
    <message>
        <source>The word printed before every credit, e.g. Credit or Photo</source>
        <translation>Le mot imprimé avant chaque crédit, p. ex. Crédit ou Photo</translation>
    </message>
    <message>
        <source>credit label</source>
        <translation>le libellé du crédit</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>e.g. en-GB, for spelling and the page (empty: the system&apos;s language)</source>
        <translation>p. ex. fr-FR, pour l’orthographe et la page (vide : la langue du système)</translation>
    </message>
    <message>
        <source>The article&apos;s language: the spelling dictionary, and the page&apos;s lang for readers</source>
        <translation>La langue de l’article : le dictionnaire d’orthographe, et l’attribut lang de la page pour les lecteurs</translation>
    </message>
    <message>
        <source>language</source>
        <translation>la langue</translation>
    </message>
    <message>
        <source>Sponsored article</source>
        <translation>Article sponsorisé</translation>
    </message>
    <message>
        <source>Sponsored content: images licensed for editorial use only become errors in Problems</source>
        <translation>Contenu sponsorisé : les images sous licence à usage éditorial uniquement deviennent des erreurs dans Problèmes</translation>
    </message>
    <message>
        <source>sponsored</source>
        <translation>le statut « sponsorisé »</translation>
    </message>
    <message>
        <source>Publish locations</source>
        <translation>Publier les lieux</translation>
    </message>
    <message>
        <source>Keep the pictures&apos; GPS position and place names in the published files (a travel piece); off: every location is removed</source>
        <translation>Garder la position GPS et les noms de lieux des images dans les fichiers publiés (un reportage de voyage) ; désactivé : toute localisation est retirée</translation>
    </message>
    <message>
        <source>publish locations</source>
        <translation>la publication des lieux</translation>
    </message>
    <message>
        <source>&amp;Intro</source>
        <translation>Intr&amp;oduction</translation>
    </message>
    <message>
        <source>Intro paragraphs in Markdown, shown before the first slide</source>
        <translation>Paragraphes d’introduction en Markdown, affichés avant la première diapositive</translation>
    </message>
    <message>
        <source>Paragraphs before the first slide, in Markdown</source>
        <translation>Paragraphes avant la première diapositive, en Markdown</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>l’introduction</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>À lire aussi</translation>
    </message>
    <message>
        <source>Links to other articles, shown after the last slide</source>
        <translation>Liens vers d’autres articles, affichés après la dernière diapositive</translation>
    </message>
    <message>
        <source>read more</source>
        <translation>le bloc « À lire aussi »</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole article</source>
        <translation>Rechercher dans tout l’article</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>Suiva&amp;nt ▶</translation>
    </message>
    <message>
        <source>Repla&amp;ce</source>
        <translation>Rem&amp;placer</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>To&amp;ut remplacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Enter: next match · Shift+Enter: previous · Esc: close</source>
        <translation>Entrée : occurrence suivante · Maj+Entrée : précédente · Échap : fermer</translation>
    </message>
    <message>
        <source>The text each match is replaced with</source>
        <translation>Le texte qui remplace chaque occurrence</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Rechercher l’occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Rechercher l’occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Replace every match in the article: one undo step</source>
        <translation>Remplacer chaque occurrence dans l’article : une seule étape d’annulation</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Remplacer :</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} sur {count}</translation>
    </message>
    <message>
        <source>Replace “{text}”</source>
        <translation>Remplacer « {text} »</translation>
    </message>
    <message>
        <source>Replaced the last one</source>
        <translation>Dernière occurrence remplacée</translation>
    </message>
    <message>
        <source>Before Replace All “{text}”</source>
        <translation>Avant « Tout remplacer » de « {text} »</translation>
    </message>
    <message>
        <source>Replace “{text}” ({count})</source>
        <translation>Remplacer « {text} » ({count})</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>1 occurrence remplacée</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstSave</name>
    <message>
        <source>Saving changes how the file is written</source>
        <translation>L’enregistrement change la façon dont le fichier est écrit</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <source>{file} was written by hand or by another program. Saving keeps your article, but not all of the file as it is written:

{changes}

A copy of the file as it is now will be kept beside it as {copy} (a hidden file, which Hugo and Jekyll do not publish).

Save?</source>
        <translation>{file} a été écrit à la main ou par un autre programme. L’enregistrement conserve votre article, mais pas tout le fichier tel qu’il est écrit :

{changes}

Une copie du fichier dans son état actuel sera conservée à côté sous le nom {copy} (un fichier caché, que Hugo et Jekyll ne publient pas).

Enregistrer ?</translation>
    </message>
    <message>
        <source>Not saved: {file} is unchanged</source>
        <translation>Non enregistré : {file} est inchangé</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>A copy of {file} could not be kept: {reason}. Nothing was saved; your changes are still open here.</source>
        <translation>Impossible de conserver une copie de {file} : {reason}. Rien n’a été enregistré ; vos modifications restent ouvertes ici.</translation>
    </message>
    <message>
        <source>Not saved: no copy of the original could be kept ({reason})</source>
        <translation>Non enregistré : impossible de conserver une copie de l’original ({reason})</translation>
    </message>
</context>
<context>
    <name>FormatTools</name>
    <message>
        <source>Formatting works in the Markdown fields (a slide&apos;s body and caption, the article&apos;s intro): headings and titles are published as plain text</source>
        <translation>La mise en forme s’applique aux champs Markdown (texte et légende d’une diapositive, chapeau de l’article) : les intertitres et les titres sont publiés en texte brut</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Remove Formatting</source>
        <translation>Supprimer la mise en forme</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>FromFile</name>
    <message>
        <source>Pasted pixels carry no credit: type the slide&apos;s credit</source>
        <translation>Des pixels collés ne portent aucun crédit : saisissez le crédit de la diapositive</translation>
    </message>
    <message>
        <source>The file names no credit: type the slide&apos;s credit</source>
        <translation>Le fichier n’indique aucun crédit : saisissez le crédit de la diapositive</translation>
    </message>
    <message>
        <source>The file&apos;s credit lines disagree (the Problems panel names them): type the slide&apos;s credit</source>
        <translation>Les crédits du fichier se contredisent (Problèmes les cite)&#xa0;: saisissez le crédit de la diapositive</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>crédit</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>licence link</source>
        <translation>lien vers la licence</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} et {last}</translation>
    </message>
    <message>
        <source>{fields} filled from the file: {credit}</source>
        <translation>{fields} repris du fichier : {credit}</translation>
    </message>
    <message>
        <source>The file says &quot;{credit}&quot;; the typed credit was kept (Problems offers the file&apos;s credit)</source>
        <translation>Le fichier indique « {credit} » ; le crédit saisi a été conservé (Problèmes propose le crédit du fichier)</translation>
    </message>
    <message>
        <source>Credit and alt text cleared: they described the previous picture</source>
        <translation>Crédit photo et texte alternatif effacés : ils décrivaient l’image précédente</translation>
    </message>
    <message>
        <source>Credit cleared: it described the previous picture</source>
        <translation>Crédit photo effacé : il décrivait l’image précédente</translation>
    </message>
    <message>
        <source>Alt text cleared: it described the previous picture</source>
        <translation>Texte alternatif effacé : il décrivait l’image précédente</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Before restore</source>
        <translation>Avant la restauration</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>The file could not be read</source>
        <translation>Le fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>History: {reason}</source>
        <translation>Historique : {reason}</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Tel qu’ouvert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The version before could not be read</source>
        <translation>La version précédente n’a pas pu être lue</translation>
    </message>
    <message>
        <source>This version was not kept in the history: {reason}</source>
        <translation>Cette version n’a pas été conservée dans l’historique : {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Before import</source>
        <translation>Avant l’import</translation>
    </message>
</context>
<context>
    <name>InsertSlides</name>
    <message>
        <source>Add slide</source>
        <translation>Ajouter une diapositive</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Open Library: a folder of articles</source>
        <translation>Ouvrir la bibliothèque : un dossier d’articles</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The library cannot be opened: {reason}</source>
        <translation>Impossible d’ouvrir la bibliothèque : {reason}</translation>
    </message>
</context>
<context>
    <name>LengthHint</name>
    <message>
        <source>{count} characters: {why} (about {limit}). The rest will be cut.</source>
        <translation>{count} caractères : {why} (environ {limit}). Le reste sera coupé.</translation>
    </message>
    <message>
        <source>{count} characters: {why} (about {limit}).</source>
        <translation>{count} caractères : {why} (environ {limit}).</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} caractères sur {limit}</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>All pictures</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>Licence expiring in {days} days (or ended)</source>
        <translation>Licence expirant dans {days} jours (ou expirée)</translation>
    </message>
    <message>
        <source>Credited differently elsewhere</source>
        <translation>Créditée autrement ailleurs</translation>
    </message>
    <message>
        <source>No licence recorded</source>
        <translation>Aucune licence enregistrée</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>Bibliothèque : {folder}</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>Search titles, folders and credits</source>
        <translation>Rechercher dans les titres, dossiers et crédits</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Afficher les images</translation>
    </message>
    <message>
        <source>Where the picture is used</source>
        <translation>Où l’image est utilisée</translation>
    </message>
    <message>
        <source>Where used (double-click to open the article at the slide):</source>
        <translation>Utilisée dans (double-cliquez pour ouvrir l’article à la diapositive) :</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>Échec de l’indexation : {reason}</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} articles…</source>
        <translation>Indexation de {done} articles sur {total}…</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>{articles}, {pictures} pictures, {findings} findings</source>
        <translation>{articles}, {pictures} images, {findings} constats</translation>
    </message>
    <message>
        <source>(no credit)</source>
        <translation>(aucun crédit)</translation>
    </message>
    <message>
        <source>{article}, slide {number}: {credit}, licence until {end}</source>
        <translation>{article}, diapositive {number} : {credit}, licence jusqu’au {end}</translation>
    </message>
    <message>
        <source>{article}, slide {number}: {credit}</source>
        <translation>{article}, diapositive {number} : {credit}</translation>
    </message>
</context>
<context>
    <name>LibraryNotes</name>
    <message>
        <source>Across the library ({count})</source>
        <translation>Dans toute la bibliothèque ({count})</translation>
    </message>
    <message>
        <source>From File ▸ Open Library…&apos;s index of this article&apos;s folder</source>
        <translation>D’après l’index de Fichier ▸ Ouvrir la bibliothèque… pour le dossier de cet article</translation>
    </message>
    <message>
        <source>{severity}: slide {number}: {message}</source>
        <translation>{severity} : diapositive {number} : {message}</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity} : {message}</translation>
    </message>
</context>
<context>
    <name>LinkAddress</name>
    <message>
        <source>“{text}” is not a web address, an e-mail address or a file in the article&apos;s folder: a link goes to https://…, http://…, mailto:… or a file of the article.</source>
        <translation>« {text} » n’est ni une adresse web, ni une adresse e-mail, ni un fichier du dossier de l’article : un lien mène à https://…, http://…, mailto:… ou à un fichier de l’article.</translation>
    </message>
    <message>
        <source>E-mail link: {address}</source>
        <translation>Lien vers une adresse e-mail : {address}</translation>
    </message>
    <message>
        <source>Link to the article&apos;s file: {address}</source>
        <translation>Lien vers un fichier de l’article : {address}</translation>
    </message>
    <message>
        <source>Link to: {address}</source>
        <translation>Lien vers : {address}</translation>
    </message>
</context>
<context>
    <name>MoveSlides</name>
    <message>
        <source>Move slide</source>
        <translation>Déplacer la diapositive</translation>
    </message>
    <message>
        <source>Move %n slides</source>
        <translation>Déplacer %n diapositives</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note &amp;on:</source>
        <translation>Note &amp;sur :</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it</source>
        <translation>Ctrl+Entrée l’envoie</translation>
    </message>
</context>
<context>
    <name>NotesGone</name>
    <message>
        <source>1 open note went with the deleted slide; Undo brings it back</source>
        <translation>1 note ouverte est partie avec la diapositive supprimée ; Annuler la ramène</translation>
    </message>
    <message>
        <source>%n open notes went with the deleted slides; Undo brings them back</source>
        <translation>%n notes ouvertes sont parties avec les diapositives supprimées ; Annuler les ramène</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>{author}, {time}: {text}</source>
        <translation>{author}, {time} : {text}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Editor&apos;s notes</source>
        <translation>Notes de la rédaction</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Afficher les notes résolues</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>Diapositive {number}</translation>
    </message>
    <message>
        <source>{note} (resolved)</source>
        <translation>{note} (résolue)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Notes (%n open)</source>
        <translation>
            <numerusform>&amp;Notes (%n ouverte)</numerusform>
            <numerusform>&amp;Notes (%n ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Add note on the article</source>
        <translation>Ajouter une note sur l’article</translation>
    </message>
    <message>
        <source>Add note on slide {number}</source>
        <translation>Ajouter une note sur la diapositive {number}</translation>
    </message>
    <message>
        <source>Reply to note</source>
        <translation>Répondre à la note</translation>
    </message>
    <message>
        <source>Resolve note</source>
        <translation>Résoudre la note</translation>
    </message>
    <message>
        <source>Reopen note</source>
        <translation>Rouvrir la note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Diapositive {number}&#xa0;: {heading}</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>L’article</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Note for the editor:</source>
        <translation>Note pour la rédaction :</translation>
    </message>
    <message>
        <source>Reply to {author}: “{note}”</source>
        <translation>Réponse à {author} : « {note} »</translation>
    </message>
    <message>
        <source>Reply to the note: “{note}”</source>
        <translation>Réponse à la note : « {note} »</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>OpenElsewhere</name>
    <message>
        <source>“{title}” is open in another Slidewright window too (process {pid}). Edit it in one window only: when both save, the later save finds the file changed and asks which version to keep.</source>
        <translation>« {title} » est aussi ouvert dans une autre fenêtre de Slidewright (processus {pid}). Ne le modifiez que dans une seule fenêtre : si les deux enregistrent, le second enregistrement trouve le fichier modifié et demande quelle version garder.</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>Ouvert dans une autre fenêtre</translation>
    </message>
</context>
<context>
    <name>PasteImage</name>
    <message>
        <source>The picture on the clipboard is {width} × {height} pixels; a slide image may have up to {millions} million.</source>
        <translation>L’image du presse-papiers fait {width} × {height} pixels ; une image de diapositive peut en avoir jusqu’à {millions} millions.</translation>
    </message>
</context>
<context>
    <name>PhotosModel</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Utilisée dans</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Licence until</source>
        <translation>Licence jusqu’au</translation>
    </message>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} et 1 autre</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} et {more} autres</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Preview could not update: {reason}</source>
        <translation>L’aperçu n’a pas pu être mis à jour : {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewRender</name>
    <message>
        <source>Remote image from {host} is not loaded in the preview</source>
        <translation>L’image distante de {host} n’est pas chargée dans l’aperçu</translation>
    </message>
    <message>
        <source>Remote image from the web is not loaded in the preview</source>
        <translation>L’image distante du Web n’est pas chargée dans l’aperçu</translation>
    </message>
    <message>
        <source>Image outside the article folder: {path}</source>
        <translation>Image hors du dossier de l’article : {path}</translation>
    </message>
    <message>
        <source>Image not shown: {reason}</source>
        <translation>Image non affichée : {reason}</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>Image introuvable : {path}</translation>
    </message>
    <message>
        <source>Image not shown: {path}: {reason}</source>
        <translation>Image non affichée : {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune Older Versions</source>
        <translation>Supprimer les anciennes versions</translation>
    </message>
    <message>
        <source>Delete older versions of this article&apos;s history:</source>
        <translation>Supprimer des versions anciennes de l’historique de cet article :</translation>
    </message>
    <message>
        <source>Keep the {count} newest versions</source>
        <translation>Garder les {count} versions les plus récentes</translation>
    </message>
    <message>
        <source>Delete versions older than {days} days</source>
        <translation>Supprimer les versions de plus de {days} jours</translation>
    </message>
    <message>
        <source>1 version, frees {space}</source>
        <translation>1 version, libère {space}</translation>
    </message>
    <message numerus="yes">
        <source>%n versions, frees {space}</source>
        <translation>
            <numerusform>%n version, libère {space}</numerusform>
            <numerusform>%n versions, libèrent {space}</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>rien à supprimer</translation>
    </message>
    <message>
        <source>Deleted versions cannot be brought back.</source>
        <translation>Les versions supprimées ne peuvent pas être récupérées.</translation>
    </message>
    <message>
        <source>Delete Versions</source>
        <translation>Supprimer les versions</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

{file} has changed on disk since these edits were made (another program or window wrote it). Restoring puts your edits in place of what the file holds now; Undo brings the file&apos;s version back.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>Slidewright a conservé des modifications non enregistrées de « {title} » du {when} ; cette session s’est terminée sans les enregistrer.

{file} a changé sur le disque depuis ces modifications (un autre programme ou une autre fenêtre l’a écrit). Restaurer met vos modifications à la place du contenu actuel du fichier ; Annuler ramène la version du fichier.

Les restaurer ? Vous pouvez annuler la restauration, et rien n’est enregistré tant que vous n’enregistrez pas. Abandonner supprime la copie conservée.</translation>
    </message>
    <message>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>Slidewright a conservé des modifications non enregistrées de « {title} » du {when} ; cette session s’est terminée sans les enregistrer.

Les restaurer ? Vous pouvez annuler la restauration, et rien n’est enregistré tant que vous n’enregistrez pas. Abandonner supprime la copie conservée.</translation>
    </message>
</context>
<context>
    <name>RemoveSlides</name>
    <message>
        <source>Delete slide</source>
        <translation>Supprimer la diapositive</translation>
    </message>
    <message>
        <source>Delete %n slides</source>
        <translation>Supprimer %n diapositives</translation>
    </message>
</context>
<context>
    <name>SetArticleField</name>
    <message>
        <source>Format article {field}</source>
        <translation>Mettre en forme {field} de l’article</translation>
    </message>
    <message>
        <source>Edit article {field}</source>
        <translation>Modifier {field} de l’article</translation>
    </message>
</context>
<context>
    <name>SetImageWithCredits</name>
    <message>
        <source>Set slide {number} image and its credit from the file</source>
        <translation>Définir l’image de la diapositive {number} et son crédit d’après le fichier</translation>
    </message>
    <message>
        <source>Set slide {number} image</source>
        <translation>Définir l’image de la diapositive {number}</translation>
    </message>
</context>
<context>
    <name>SetSlideField</name>
    <message>
        <source>Format slide {number} {field}</source>
        <translation>Mettre en forme {field} de la diapositive {number}</translation>
    </message>
    <message>
        <source>Edit slide {number} {field}</source>
        <translation>Modifier {field} de la diapositive {number}</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Licence and source</source>
        <translation>Licence et source</translation>
    </message>
    <message>
        <source>Licence, creator and source links, for images that are not agency photos</source>
        <translation>Licence, auteur et liens vers la source, pour les images qui ne sont pas des photos d’agence</translation>
    </message>
    <message>
        <source>Slide image</source>
        <translation>Image de la diapositive</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Choose Image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Choose the slide&apos;s image; or drop an image file here, or paste one (Ctrl+V)</source>
        <translation>Choisir l’image de la diapositive ; ou déposer ici un fichier d’image, ou en coller un (Ctrl+V)</translation>
    </message>
    <message numerus="yes">
        <source>Licence and source (%n filled)</source>
        <translation>
            <numerusform>Licence et source (%n rempli)</numerusform>
            <numerusform>Licence et source (%n remplis)</numerusform>
        </translation>
    </message>
    <message>
        <source>No image: choose one, drop or paste a file here</source>
        <translation>Aucune image : choisissez-en une, déposez ou collez un fichier ici</translation>
    </message>
</context>
<context>
    <name>SlideList</name>
    <message>
        <source>1 problem, worst: {severity}</source>
        <translation>1 problème, le plus grave : {severity}</translation>
    </message>
    <message>
        <source>%n problems, worst: {severity}</source>
        <translation>%n problèmes, le plus grave : {severity}</translation>
    </message>
</context>
<context>
    <name>SlideListModel</name>
    <message>
        <source>Untitled slide</source>
        <translation>Diapositive sans titre</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>aucune image</translation>
    </message>
    <message numerus="yes">
        <source>%n credit/image finding(s), worst: {severity}</source>
        <translation>
            <numerusform>%n constat sur le crédit ou l’image, le plus grave : {severity}</numerusform>
            <numerusform>%n constats sur le crédit ou l’image, le plus grave : {severity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open note(s) for the editor</source>
        <translation>
            <numerusform>%n note ouverte pour la rédaction</numerusform>
            <numerusform>%n notes ouvertes pour la rédaction</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}, {problems}</source>
        <translation>Diapositive {number} : {heading}, {problems}</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Diapositive {number} : {heading}</translation>
    </message>
    <message>
        <source>Image: {file}</source>
        <translation>Image : {file}</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
</context>
<context>
    <name>SlideListView</name>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
</context>
<context>
    <name>SpellingMenus</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>Aucune suggestion orthographique</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>Ajouter « {word} » au dictionnaire</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>no image</source>
        <translation>aucune image</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler : {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir : {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
</TS>
