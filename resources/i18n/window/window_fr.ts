<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticlePrinter</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Could not lay out the article for printing.</source>
        <translation>Impossible de mettre en page l’article pour l’impression.</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF enregistré : {path}</translation>
    </message>
    <message>
        <source>Could not write the PDF {path}</source>
        <translation>Impossible d’écrire le PDF {path}</translation>
    </message>
    <message>
        <source>Printing failed: the article could not be laid out.</source>
        <translation>Échec de l’impression : impossible de mettre en page l’article.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Échec de l’impression.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n slide(s) without an image: Slide ▸ Choose Images for All Slides… assigns a folder of them.</source>
        <translation>
            <numerusform>%n diapositive sans image : Diapositive ▸ Choisir les images de toutes les diapositives… en attribue un dossier.</numerusform>
            <numerusform>%n diapositives sans image : Diapositive ▸ Choisir les images de toutes les diapositives… en attribue un dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n slide(s) from {source}.</source>
        <translation>
            <numerusform>%n diapositive importée depuis {source}.</numerusform>
            <numerusform>%n diapositives importées depuis {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsSection</name>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>What the fix for an undisclosed AI-made picture adds to its caption (empty: the sentence in the article&apos;s language, such as “{example}”)</source>
        <translation>Ce que la correction d’une image générée par IA non signalée ajoute à sa légende (vide&#xa0;: la phrase dans la langue de l’article, comme «&#xa0;{example}&#xa0;»)</translation>
    </message>
    <message>
        <source>One PEM certificate file per line (none: nobody is trusted)</source>
        <translation>Un fichier de certificat PEM par ligne (aucun : personne n’est de confiance)</translation>
    </message>
    <message>
        <source>Pictures signed by these certificates (or by certificates they issued) show as valid and trusted; others as valid, signer not in your trust list</source>
        <translation>Les images signées par ces certificats (ou par des certificats qu’ils ont émis) apparaissent comme valides et de confiance ; les autres comme valides, signataire absent de votre liste de confiance</translation>
    </message>
    <message>
        <source>PEM chain, leaf first: signs published pictures</source>
        <translation>Chaîne PEM, certificat final en premier : signe les images publiées</translation>
    </message>
    <message>
        <source>its private key (an encrypted key&apos;s passphrase: keyring)</source>
        <translation>sa clé privée (phrase secrète d’une clé chiffrée : trousseau)</translation>
    </message>
    <message>
        <source>AI &amp;disclosure</source>
        <translation>Mention &amp;IA</translation>
    </message>
    <message>
        <source>AI disclosure wording</source>
        <translation>Formulation de la mention IA</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates</source>
        <translation>Certificats de &amp;confiance</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>Signing certificat&amp;e</source>
        <translation>Certificat de si&amp;gnature</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>Clé de signat&amp;ure</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
</context>
<context>
    <name>DialogEntries</name>
    <message>
        <source>Choose Image</source>
        <translation>Choisir une image</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>one self-contained HTML file (images inlined)</source>
        <translation>un fichier HTML autonome (images intégrées)</translation>
    </message>
    <message>
        <source>index.html with an assets/ folder</source>
        <translation>index.html avec un dossier assets/</translation>
    </message>
    <message>
        <source>a Hugo site: content/ bundle, layout and assets</source>
        <translation>un site Hugo : bundle content/, mise en page et ressources</translation>
    </message>
    <message>
        <source>a Jekyll site: page, _layouts and assets</source>
        <translation>un site Jekyll : page, _layouts et ressources</translation>
    </message>
    <message>
        <source>a Media RSS feed (one item, a media:content per slide)</source>
        <translation>un flux Media RSS (un élément, un media:content par diapositive)</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected error: {error}</source>
        <translation>L’export s’est arrêté sur une erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Exporter l’article</translation>
    </message>
    <message numerus="yes">
        <source>The credit check has %n error(s) in this article (see Problems); the export publishes it as it is.</source>
        <translation>
            <numerusform>La vérification des crédits signale %n erreur dans cet article (voir Problèmes) ; l’export le publie tel quel.</numerusform>
            <numerusform>La vérification des crédits signale %n erreurs dans cet article (voir Problèmes) ; l’export le publie tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>Article (one long page)</source>
        <translation>Article (une seule longue page)</translation>
    </message>
    <message>
        <source>Slideshow (one slide at a time)</source>
        <translation>Diaporama (une diapositive à la fois)</translation>
    </message>
    <message>
        <source>Paged (one page per slide)</source>
        <translation>Paginé (une page par diapositive)</translation>
    </message>
    <message>
        <source>Where the export will be published (a site&apos;s root for Hugo and Jekyll): the page&apos;s canonical address, its sharing card and every image address are made absolute against it. A feed (RSS) needs one.</source>
        <translation>L’adresse où l’export sera publié (la racine du site pour Hugo et Jekyll) : l’adresse canonique de la page, sa carte de partage et chaque adresse d’image sont rendues absolues à partir d’elle. Un flux (RSS) en a besoin.</translation>
    </message>
    <message>
        <source>Refuse to export with credit errors or missing images</source>
        <translation>Refuser d’exporter en cas d’erreurs de crédit ou d’images manquantes</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for where to save</source>
        <translation>Choisir où enregistrer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Identifiants de contenu</translation>
    </message>
    <message>
        <source>A feed needs the address the article is published at.</source>
        <translation>Un flux a besoin de l’adresse où l’article est publié.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exporter dans un fichier</translation>
    </message>
    <message>
        <source>no base URL (fill in “{field}” under File ▸ Export…): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>aucune URL de base (remplissez «&#xa0;{field}&#xa0;» dans Fichier ▸ Exporter…)&#xa0;: la page n’a pas d’adresse canonique, et les cartes de partage comme les moteurs de recherche n’obtiennent aucune adresse d’image</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Warnings:
{warnings}</source>
        <translation>Avertissements :
{warnings}</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
        <source>{message}

Replace files of the same names there? (Nothing else is deleted.)</source>
        <translation>{message}

Remplacer les fichiers de même nom à cet endroit ? (Rien d’autre n’est supprimé.)</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>Focus mode: only the editor. Press F11 to bring everything back.</source>
        <translation>Mode concentration : seulement l’éditeur. Appuyez sur F11 pour tout retrouver.</translation>
    </message>
</context>
<context>
    <name>FormatMenu</name>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <source>Paste an image as the slide&apos;s image (slide list, image, body)</source>
        <translation>Coller une image comme image de la diapositive (liste des diapositives, image, texte)</translation>
    </message>
    <message>
        <source>Slide list</source>
        <translation>Liste des diapositives</translation>
    </message>
    <message>
        <source>Delete the selected slides</source>
        <translation>Supprimer les diapositives sélectionnées</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Next match (in the Find box)</source>
        <translation>Occurrence suivante (dans le champ Rechercher)</translation>
    </message>
    <message>
        <source>Previous match (in the Find box)</source>
        <translation>Occurrence précédente (dans le champ Rechercher)</translation>
    </message>
    <message>
        <source>Replace this match (in the Replace box)</source>
        <translation>Remplacer cette occurrence (dans le champ Remplacer)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Match case / Whole words</source>
        <translation>Respecter la casse / Mots entiers</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Write slideshow articles: one image, a credit and a few paragraphs per slide, checked and exported to HTML, feeds and static sites.</source>
        <translation>Écrivez des articles en diaporama : une image, un crédit et quelques paragraphes par diapositive, vérifiés et exportés en HTML, en flux et en sites statiques.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. This program comes with absolutely no warranty.</source>
        <translation>Licence : GNU General Public License, version 3 ou ultérieure. Ce programme est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>About Slidewright</source>
        <translation>À propos de Slidewright</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {article}</source>
        <translation>Historique — {article}</translation>
    </message>
    <message>
        <source>Prune Older Versions…</source>
        <translation>Supprimer les anciennes versions…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>with the article now</source>
        <translation>avec l’article actuel</translation>
    </message>
    <message>
        <source>with the version before it</source>
        <translation>avec la version précédente</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer :</translation>
    </message>
    <message>
        <source>Version {number}: {summary}</source>
        <translation>Version {number} : {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), {size} (kept up to {cap}; the oldest go first). Kept in your own data folder, never in the article&apos;s folder.</source>
        <translation>
            <numerusform>%n version, {size} (conservées jusqu’à {cap} ; les plus anciennes partent d’abord). Conservées dans votre propre dossier de données, jamais dans le dossier de l’article.</numerusform>
            <numerusform>%n versions, {size} (conservées jusqu’à {cap} ; les plus anciennes partent d’abord). Conservées dans votre propre dossier de données, jamais dans le dossier de l’article.</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions yet: every save keeps one.</source>
        <translation>Aucune version pour l’instant : chaque enregistrement en conserve une.</translation>
    </message>
    <message>
        <source>This version cannot be read: {error}</source>
        <translation>Impossible de lire cette version : {error}</translation>
    </message>
    <message>
        <source>added since</source>
        <translation>ajoutée depuis</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>supprimée depuis</translation>
    </message>
    <message>
        <source>edited since</source>
        <translation>modifiée depuis</translation>
    </message>
    <message>
        <source>Green: written since this version; struck out: only in this version.</source>
        <translation>En vert : écrit depuis cette version ; barré : seulement dans cette version.</translation>
    </message>
    <message>
        <source>Green: added in this version; struck out: removed by it.</source>
        <translation>En vert : ajouté dans cette version ; barré : supprimé par elle.</translation>
    </message>
    <message>
        <source>Before restoring slide {number}</source>
        <translation>Avant la restauration de la diapositive {number}</translation>
    </message>
    <message>
        <source>Restore slide {number} from {time}</source>
        <translation>Restaurer la diapositive {number} du {time}</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Avant la restauration</translation>
    </message>
    <message>
        <source>Restore version of {time}</source>
        <translation>Restaurer la version du {time}</translation>
    </message>
</context>
<context>
    <name>ImageCleanup</name>
    <message>
        <source>Saved; removed pictures no slide uses from images/: {names}</source>
        <translation>Enregistré ; images qu’aucune diapositive n’utilise retirées de images/ : {names}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Articles to import ({patterns})</source>
        <translation>Articles à importer ({patterns})</translation>
    </message>
    <message>
        <source>Import: choose page text, HTML or Markdown</source>
        <translation>Importer : choisir un texte de page, du HTML ou du Markdown</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Import: name the new article&apos;s folder</source>
        <translation>Importer : nommer le dossier du nouvel article</translation>
    </message>
    <message>
        <source>Use House Spelling</source>
        <translation>Utiliser l’orthographe maison</translation>
    </message>
    <message>
        <source>Use house spelling of agencies</source>
        <translation>Utiliser l’orthographe maison des agences</translation>
    </message>
    <message>
        <source>Credits found: {found} of {count}</source>
        <translation>Crédits trouvés : {found} sur {count}</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>rubrique : {category}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Laissé de côté :</translation>
    </message>
    <message>
        <source>Guessed (please check):</source>
        <translation>Deviné (à vérifier) :</translation>
    </message>
    <message>
        <source>Images not copied:</source>
        <translation>Images non copiées :</translation>
    </message>
    <message>
        <source>Agency spellings (as the page wrote them):</source>
        <translation>Graphies des agences (telles que la page les écrit) :</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’import</translation>
    </message>
    <message>
        <source>Writes: {spellings} (Undo takes it back)</source>
        <translation>Écrit : {spellings} (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <source>Import pasted article?</source>
        <translation>Importer l’article collé ?</translation>
    </message>
    <message>
        <source>This looks like a whole article: “{title}” with {count} slides.

Import it as the title, intro and slides of this article?</source>
        <translation>Cela ressemble à un article complet : « {title} » avec {count} diapositives.

L’importer comme titre, chapeau et diapositives de cet article ?</translation>
    </message>
    <message>
        <source>

Left out of it:{lines}</source>
        <translation>

Laissé de côté :{lines}</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>Avant l’import</translation>
    </message>
    <message>
        <source>Import pasted article</source>
        <translation>Importer l’article collé</translation>
    </message>
</context>
<context>
    <name>LayoutState</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Texte du lien</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
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
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>&amp;Remove Formatting</source>
        <translation>&amp;Supprimer la mise en forme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Article…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Article</source>
        <translation>Ouvrir l’article d’e&amp;xemple</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Ouvrir la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Ex&amp;porter…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Pub&amp;lier…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>Impri&amp;mer…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>&amp;Fermer l’article</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t	Ctrl+X</source>
        <translation>Co&amp;uper	Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy	Ctrl+C</source>
        <translation>&amp;Copier	Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste	Ctrl+V</source>
        <translation>C&amp;oller	Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All	Ctrl+A</source>
        <translation>&amp;Tout sélectionner	Ctrl+A</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>Preference&amp;s…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;Diapositive</translation>
    </message>
    <message>
        <source>&amp;New Slide</source>
        <translation>&amp;Nouvelle diapositive</translation>
    </message>
    <message>
        <source>&amp;Duplicate Slide</source>
        <translation>&amp;Dupliquer la diapositive</translation>
    </message>
    <message>
        <source>De&amp;lete Slide	Del</source>
        <translation>&amp;Supprimer la diapositive	Del</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Ne&amp;xt Slide</source>
        <translation>Diapositive s&amp;uivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Slide</source>
        <translation>Diapositive &amp;précédente</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>Choisir l’&amp;image…</translation>
    </message>
    <message>
        <source>Choose Images for &amp;All Slides…</source>
        <translation>Choisir les images de &amp;toutes les diapositives…</translation>
    </message>
    <message>
        <source>Add No&amp;te…</source>
        <translation>Ajouter une n&amp;ote…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Preview as &amp;Article</source>
        <translation>Aperçu en &amp;article</translation>
    </message>
    <message>
        <source>Preview as &amp;Slideshow</source>
        <translation>Aperçu en &amp;diaporama</translation>
    </message>
    <message>
        <source>&amp;Monospace Body Font</source>
        <translation>Police à chasse &amp;fixe pour le texte</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Mode &amp;concentration</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>A&amp;ctual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Slidewright</source>
        <translation>À &amp;propos de Slidewright</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>Aucun article récent</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add slide (Ctrl+Shift+N)</source>
        <translation>Ajouter une diapositive (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate slide (Ctrl+Shift+D)</source>
        <translation>Dupliquer la diapositive (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete selected slides (Delete)</source>
        <translation>Supprimer les diapositives sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Down)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Preview the article as one scrolling page (Ctrl+1)</source>
        <translation>Aperçu de l’article en une seule page défilante (Ctrl+1)</translation>
    </message>
    <message>
        <source>Preview as article</source>
        <translation>Aperçu en article</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <source>Preview one slide at a time, as a slideshow (Ctrl+2)</source>
        <translation>Aperçu diapositive par diapositive, en diaporama (Ctrl+2)</translation>
    </message>
    <message>
        <source>Preview as slideshow</source>
        <translation>Aperçu en diaporama</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The byline new articles start with</source>
        <translation>La signature des nouveaux articles</translation>
    </message>
    <message>
        <source>Printed before each credit, e.g. Credit or Photo</source>
        <translation>Imprimé avant chaque crédit, par ex. Crédit ou Photo</translation>
    </message>
    <message>
        <source>https://… the author&apos;s page (published with the byline)</source>
        <translation>https://… la page de l’auteur (publiée avec la signature)</translation>
    </message>
    <message>
        <source>The publication&apos;s name, e.g. Harbour News</source>
        <translation>Le nom de la publication, par ex. Le Journal du Port</translation>
    </message>
    <message>
        <source>https://… the publication&apos;s logo</source>
        <translation>https://… le logo de la publication</translation>
    </message>
    <message>
        <source>One agency per line, e.g. your own picture desk</source>
        <translation>Une agence par ligne, par ex. votre propre service photo</translation>
    </message>
    <message>
        <source>Your own agencies: the credit checker treats them like AFP or Shutterstock (a picture whose file names one must be credited to it)</source>
        <translation>Vos propres agences : le vérificateur de crédits les traite comme AFP ou Shutterstock (une image dont le fichier en nomme une doit lui être créditée)</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>Langue de la fenêtre ({language})</translation>
    </message>
    <message>
        <source>Default author</source>
        <translation>Auteur par défaut</translation>
    </message>
    <message>
        <source>Default credit label</source>
        <translation>Libellé de crédit par défaut</translation>
    </message>
    <message>
        <source>Author&apos;s web page</source>
        <translation>Page web de l’auteur</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Publisher&apos;s logo address</source>
        <translation>Adresse du logo de l’éditeur</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Langue de l’orthographe</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Default &amp;author</source>
        <translation>&amp;Auteur par défaut</translation>
    </message>
    <message>
        <source>Author&apos;s &amp;web page</source>
        <translation>Page &amp;web de l’auteur</translation>
    </message>
    <message>
        <source>Default &amp;credit label</source>
        <translation>Libellé de &amp;crédit par défaut</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>É&amp;diteur</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;logo</source>
        <translation>&amp;Logo de l’éditeur</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gences</translation>
    </message>
    <message>
        <source>&amp;Spelling language</source>
        <translation>Langue de l’&amp;orthographe</translation>
    </message>
    <message>
        <source>Language of the &amp;window</source>
        <translation>Langue de la &amp;fenêtre</translation>
    </message>
    <message>
        <source>New articles start with this author and credit label. Exports name the publisher and, for this author&apos;s articles, the author&apos;s page. Agency names are never marked as misspelled, and the credit checker knows them beside its own list. An article&apos;s own language (Article tab) comes before this one. The window&apos;s language changes at the next start.</source>
        <translation>Les nouveaux articles commencent avec cet auteur et ce libellé de crédit. Les exports nomment l’éditeur et, pour les articles de cet auteur, la page de l’auteur. Les noms d’agences ne sont jamais signalés comme fautes, et le vérificateur de crédits les connaît en plus de sa propre liste. La langue propre d’un article (onglet Article) passe avant celle-ci. La langue de la fenêtre change au prochain démarrage.</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatique (langue du système)</translation>
    </message>
    <message>
        <source>Takes effect the next time Slidewright starts</source>
        <translation>Prend effet au prochain démarrage de Slidewright</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Article folder ({patterns})</source>
        <translation>Dossier d’article ({patterns})</translation>
    </message>
    <message>
        <source>&amp;Title of the new article:</source>
        <translation>&amp;Titre du nouvel article :</translation>
    </message>
    <message>
        <source>Choose a &amp;Folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>Choisir des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Draft (review it on the site first)</source>
        <translation>Brouillon (à relire d’abord sur le site)</translation>
    </message>
    <message>
        <source>Published now</source>
        <translation>Publié maintenant</translation>
    </message>
    <message>
        <source>Scheduled for the article&apos;s date</source>
        <translation>Programmé à la date de l’article</translation>
    </message>
    <message>
        <source>Publishing stopped on an unexpected error: {error}</source>
        <translation>La publication s’est arrêtée sur une erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>Publish to WordPress</source>
        <translation>Publier sur WordPress</translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation>votre nom d’utilisateur WordPress</translation>
    </message>
    <message>
        <source>an application password (Users ▸ Profile on the site)</source>
        <translation>un mot de passe d’application (Utilisateurs ▸ Profil sur le site)</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember (no keyring here: kept until you quit)</source>
        <translation>Mémoriser (pas de trousseau ici : conservé jusqu’à la fermeture)</translation>
    </message>
    <message>
        <source>One slide per page (WordPress page breaks)</source>
        <translation>Une diapositive par page (sauts de page WordPress)</translation>
    </message>
    <message>
        <source>Updates post {post} on that site.</source>
        <translation>Met à jour l’article {post} sur ce site.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Article: {severity} {rule}: {message}</source>
        <translation>Article : {severity} {rule} : {message}</translation>
    </message>
    <message>
        <source>Slide {number}: {severity} {rule}: {message}</source>
        <translation>Diapositive {number} : {severity} {rule} : {message}</translation>
    </message>
    <message numerus="yes">
        <source>The credit check has %n error(s) (see Problems):
{errors}</source>
        <translation>
            <numerusform>La vérification des crédits signale %n erreur (voir Problèmes) :
{errors}</numerusform>
            <numerusform>La vérification des crédits signale %n erreurs (voir Problèmes) :
{errors}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the site, your user name and an application password.</source>
        <translation>Indiquez le site, votre nom d’utilisateur et un mot de passe d’application.</translation>
    </message>
    <message>
        <source>Publish with credit errors?</source>
        <translation>Publier malgré les erreurs de crédit ?</translation>
    </message>
    <message>
        <source>{problems}

Publish anyway?</source>
        <translation>{problems}

Publier quand même ?</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>Publier quand même</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Content Credentials: {error}</source>
        <translation>Identifiants de contenu : {error}</translation>
    </message>
    <message>
        <source>Connecting to {site}…</source>
        <translation>Connexion à {site}…</translation>
    </message>
    <message>
        <source>Publish not recorded</source>
        <translation>Publication non enregistrée</translation>
    </message>
    <message>
        <source>Publishing goes on, but it could not be recorded in {file}: {error}

Save the article afterwards to keep the record; without it the next publish makes a new post.</source>
        <translation>La publication continue, mais elle n’a pas pu être consignée dans {file} : {error}

Enregistrez l’article ensuite pour garder cette trace ; sans elle, la prochaine publication crée un nouvel article.</translation>
    </message>
    <message>
        <source>Published: {post}</source>
        <translation>Publié : {post}</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>Échec de la publication : {reason}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Publish Again</source>
        <translation>Publier à nouveau</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l’étape en cours…</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Enregistrez d’abord</translation>
    </message>
    <message>
        <source>Save the article before publishing it.</source>
        <translation>Enregistrez l’article avant de le publier.</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <source>Duplicate slide</source>
        <translation>Dupliquer la diapositive</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Image non ajoutée</translation>
    </message>
    <message>
        <source>These files were not added:
{files}</source>
        <translation>Ces fichiers n’ont pas été ajoutés :
{files}</translation>
    </message>
    <message>
        <source>Add slides from images</source>
        <translation>Ajouter des diapositives à partir d’images</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>Diapositive {number} sur {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n diapositive</numerusform>
            <numerusform>%n diapositives</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} · {minutes}</source>
        <translation>{words} · {minutes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>This slide {words} · Article {total}</source>
        <translation>Cette diapositive {words} · Article {total}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Write slideshow articles: slides, credits, live preview.</source>
        <translation>Écrivez des articles en diaporama : diapositives, crédits, aperçu en direct.</translation>
    </message>
    <message>
        <source>New Article…</source>
        <translation>Nouvel article…</translation>
    </message>
    <message>
        <source>Open Article…</source>
        <translation>Ouvrir un article…</translation>
    </message>
    <message>
        <source>Open the Sample Article</source>
        <translation>Ouvrir l’article d’exemple</translation>
    </message>
    <message>
        <source>Recent articles</source>
        <translation>Articles récents</translation>
    </message>
    <message>
        <source>Could not open the article:
{reason}</source>
        <translation>Impossible d’ouvrir l’article :
{reason}</translation>
    </message>
</context>
<context>
    <name>WritingDesk</name>
    <message>
        <source>search results show about this many characters of a description</source>
        <translation>les résultats de recherche affichent environ ce nombre de caractères d’une description</translation>
    </message>
    <message>
        <source>screen readers read alt text in one breath: keep it short</source>
        <translation>les lecteurs d’écran lisent le texte alternatif d’une traite : restez bref</translation>
    </message>
    <message>
        <source>Image pasted as {file}</source>
        <translation>Image collée sous le nom {file}</translation>
    </message>
    <message>
        <source>Image not pasted</source>
        <translation>Image non collée</translation>
    </message>
    <message>
        <source>Printing page {number} of {count}…</source>
        <translation>Impression de la page {number} sur {count}…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
</context>
</TS>
