<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArticlePrinter</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Could not lay out the article for printing.</source>
        <translation>No se pudo maquetar el artículo para imprimirlo.</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF guardado: {path}</translation>
    </message>
    <message>
        <source>Could not write the PDF {path}</source>
        <translation>No se pudo escribir el PDF {path}</translation>
    </message>
    <message>
        <source>Printing failed: the article could not be laid out.</source>
        <translation>Error al imprimir: no se pudo maquetar el artículo.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Error al imprimir.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n slide(s) without an image: Slide ▸ Choose Images for All Slides… assigns a folder of them.</source>
        <translation>
            <numerusform>%n diapositiva sin imagen: Diapositiva ▸ Elegir imágenes para todas las diapositivas… las asigna desde una carpeta.</numerusform>
            <numerusform>%n diapositivas sin imagen: Diapositiva ▸ Elegir imágenes para todas las diapositivas… las asigna desde una carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n slide(s) from {source}.</source>
        <translation>
            <numerusform>%n diapositiva importada de {source}.</numerusform>
            <numerusform>%n diapositivas importadas de {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsSection</name>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>What the fix for an undisclosed AI-made picture adds to its caption (empty: the sentence in the article&apos;s language, such as “{example}”)</source>
        <translation>Lo que la corrección de una imagen hecha con IA y no declarada añade a su pie de foto (vacío: la frase en el idioma del artículo, como «{example}»)</translation>
    </message>
    <message>
        <source>One PEM certificate file per line (none: nobody is trusted)</source>
        <translation>Un archivo de certificado PEM por línea (ninguno: no se confía en nadie)</translation>
    </message>
    <message>
        <source>Pictures signed by these certificates (or by certificates they issued) show as valid and trusted; others as valid, signer not in your trust list</source>
        <translation>Las imágenes firmadas con estos certificados (o con certificados emitidos por ellos) aparecen como válidas y de confianza; las demás, como válidas, con el firmante fuera de su lista de confianza</translation>
    </message>
    <message>
        <source>PEM chain, leaf first: signs published pictures</source>
        <translation>Cadena PEM (certificado final primero)</translation>
    </message>
    <message>
        <source>its private key (an encrypted key&apos;s passphrase: keyring)</source>
        <translation>su clave privada; contraseña en el llavero</translation>
    </message>
    <message>
        <source>AI &amp;disclosure</source>
        <translation>Aviso de &amp;IA</translation>
    </message>
    <message>
        <source>AI disclosure wording</source>
        <translation>Texto del aviso de IA</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates</source>
        <translation>Certificados de &amp;confianza</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>Signing certificat&amp;e</source>
        <translation>Certificado de &amp;firma</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificado de firma</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>Clave de fi&amp;rma</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
</context>
<context>
    <name>DialogEntries</name>
    <message>
        <source>Choose Image</source>
        <translation>Elegir imagen</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>one self-contained HTML file (images inlined)</source>
        <translation>un único archivo HTML autónomo (imágenes incrustadas)</translation>
    </message>
    <message>
        <source>index.html with an assets/ folder</source>
        <translation>index.html con una carpeta assets/</translation>
    </message>
    <message>
        <source>a Hugo site: content/ bundle, layout and assets</source>
        <translation>un sitio Hugo: paquete content/, plantilla y recursos</translation>
    </message>
    <message>
        <source>a Jekyll site: page, _layouts and assets</source>
        <translation>un sitio Jekyll: página, _layouts y recursos</translation>
    </message>
    <message>
        <source>a Media RSS feed (one item, a media:content per slide)</source>
        <translation>un canal Media RSS (un elemento, un media:content por diapositiva)</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected error: {error}</source>
        <translation>La exportación se detuvo por un error inesperado: {error}</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Exportar artículo</translation>
    </message>
    <message numerus="yes">
        <source>The credit check has %n error(s) in this article (see Problems); the export publishes it as it is.</source>
        <translation>
            <numerusform>La comprobación de créditos encuentra %n error en este artículo (véase Problemas); la exportación lo publica tal como está.</numerusform>
            <numerusform>La comprobación de créditos encuentra %n errores en este artículo (véase Problemas); la exportación lo publica tal como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modos</translation>
    </message>
    <message>
        <source>Article (one long page)</source>
        <translation>Artículo (una sola página larga)</translation>
    </message>
    <message>
        <source>Slideshow (one slide at a time)</source>
        <translation>Presentación (una diapositiva cada vez)</translation>
    </message>
    <message>
        <source>Paged (one page per slide)</source>
        <translation>Paginado (una página por diapositiva)</translation>
    </message>
    <message>
        <source>Where the export will be published (a site&apos;s root for Hugo and Jekyll): the page&apos;s canonical address, its sharing card and every image address are made absolute against it. A feed (RSS) needs one.</source>
        <translation>Dónde se publicará la exportación (la raíz del sitio para Hugo y Jekyll): la dirección canónica de la página, su tarjeta para redes sociales y todas las direcciones de imágenes se hacen absolutas a partir de ella. Un canal (RSS) la necesita.</translation>
    </message>
    <message>
        <source>Refuse to export with credit errors or missing images</source>
        <translation>Negarse a exportar con errores de crédito o imágenes que faltan</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>A feed needs the address the article is published at.</source>
        <translation>Un canal necesita la dirección en la que se publica el artículo.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <source>no base URL (fill in “{field}” under File ▸ Export…): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>sin URL base (rellene «{field}» en Archivo ▸ Exportar…): la página no tiene dirección canónica, y las tarjetas para redes sociales y los buscadores no reciben ninguna dirección de imagen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Warnings:
{warnings}</source>
        <translation>Advertencias:
{warnings}</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <source>{message}

Replace files of the same names there? (Nothing else is deleted.)</source>
        <translation>{message}

¿Reemplazar allí los archivos con el mismo nombre? (No se borra nada más).</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>Focus mode: only the editor. Press F11 to bring everything back.</source>
        <translation>Modo concentración: solo el editor. Pulse F11 para recuperarlo todo.</translation>
    </message>
</context>
<context>
    <name>FormatMenu</name>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato de texto</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Campo siguiente / anterior</translation>
    </message>
    <message>
        <source>Paste an image as the slide&apos;s image (slide list, image, body)</source>
        <translation>Pegar una imagen como imagen de la diapositiva (lista de diapositivas, imagen, texto)</translation>
    </message>
    <message>
        <source>Slide list</source>
        <translation>Lista de diapositivas</translation>
    </message>
    <message>
        <source>Delete the selected slides</source>
        <translation>Eliminar las diapositivas seleccionadas</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>Next match (in the Find box)</source>
        <translation>Coincidencia siguiente (en el campo Buscar)</translation>
    </message>
    <message>
        <source>Previous match (in the Find box)</source>
        <translation>Coincidencia anterior (en el campo Buscar)</translation>
    </message>
    <message>
        <source>Replace this match (in the Replace box)</source>
        <translation>Reemplazar esta coincidencia (en el campo Reemplazar)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Match case / Whole words</source>
        <translation>Distinguir mayúsculas / Palabras completas</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Write slideshow articles: one image, a credit and a few paragraphs per slide, checked and exported to HTML, feeds and static sites.</source>
        <translation>Escriba artículos en forma de presentación: una imagen, un crédito y unos párrafos por diapositiva, revisados y exportados a HTML, canales y sitios estáticos.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. This program comes with absolutely no warranty.</source>
        <translation>Licencia: GNU General Public License, versión 3 o posterior. Este programa se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>About Slidewright</source>
        <translation>Acerca de Slidewright</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {article}</source>
        <translation>Historial — {article}</translation>
    </message>
    <message>
        <source>Prune Older Versions…</source>
        <translation>Eliminar versiones antiguas…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>with the article now</source>
        <translation>con el artículo actual</translation>
    </message>
    <message>
        <source>with the version before it</source>
        <translation>con la versión anterior</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source>Version {number}: {summary}</source>
        <translation>Versión {number}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), {size} (kept up to {cap}; the oldest go first). Kept in your own data folder, never in the article&apos;s folder.</source>
        <translation>
            <numerusform>%n versión, {size} (se guardan hasta {cap}; las más antiguas se van primero). Se guardan en su propia carpeta de datos, nunca en la carpeta del artículo.</numerusform>
            <numerusform>%n versiones, {size} (se guardan hasta {cap}; las más antiguas se van primero). Se guardan en su propia carpeta de datos, nunca en la carpeta del artículo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions yet: every save keeps one.</source>
        <translation>Aún no hay versiones: cada vez que guarda se conserva una.</translation>
    </message>
    <message>
        <source>This version cannot be read: {error}</source>
        <translation>No se puede leer esta versión: {error}</translation>
    </message>
    <message>
        <source>added since</source>
        <translation>añadida después</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>eliminada después</translation>
    </message>
    <message>
        <source>edited since</source>
        <translation>modificada después</translation>
    </message>
    <message>
        <source>Green: written since this version; struck out: only in this version.</source>
        <translation>En verde: lo escrito después de esta versión; tachado: lo que solo está en esta versión.</translation>
    </message>
    <message>
        <source>Green: added in this version; struck out: removed by it.</source>
        <translation>En verde: lo añadido en esta versión; tachado: lo que esta versión quitó.</translation>
    </message>
    <message>
        <source>Before restoring slide {number}</source>
        <translation>Antes de restaurar la diapositiva {number}</translation>
    </message>
    <message>
        <source>Restore slide {number} from {time}</source>
        <translation>Restaurar la diapositiva {number} del {time}</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Restore version of {time}</source>
        <translation>Restaurar la versión del {time}</translation>
    </message>
</context>
<context>
    <name>ImageCleanup</name>
    <message>
        <source>Saved; removed pictures no slide uses from images/: {names}</source>
        <translation>Guardado; se han quitado de images/ las imágenes que ninguna diapositiva usa: {names}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Articles to import ({patterns})</source>
        <translation>Artículos para importar ({patterns})</translation>
    </message>
    <message>
        <source>Import: choose page text, HTML or Markdown</source>
        <translation>Importar: elija el texto de una página, HTML o Markdown</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Import: name the new article&apos;s folder</source>
        <translation>Importar: ponga nombre a la carpeta del nuevo artículo</translation>
    </message>
    <message>
        <source>Use House Spelling</source>
        <translation>Usar la grafía de la casa</translation>
    </message>
    <message>
        <source>Use house spelling of agencies</source>
        <translation>Usar la grafía de la casa para las agencias</translation>
    </message>
    <message>
        <source>Credits found: {found} of {count}</source>
        <translation>Créditos encontrados: {found} de {count}</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>sección: {category}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Descartado:</translation>
    </message>
    <message>
        <source>Guessed (please check):</source>
        <translation>Deducido (compruébelo):</translation>
    </message>
    <message>
        <source>Images not copied:</source>
        <translation>Imágenes no copiadas:</translation>
    </message>
    <message>
        <source>Agency spellings (as the page wrote them):</source>
        <translation>Grafías de las agencias (tal como las escribía la página):</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Writes: {spellings} (Undo takes it back)</source>
        <translation>Escribe: {spellings} (Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <source>Import pasted article?</source>
        <translation>¿Importar el artículo pegado?</translation>
    </message>
    <message>
        <source>This looks like a whole article: “{title}” with {count} slides.

Import it as the title, intro and slides of this article?</source>
        <translation>Parece un artículo completo: «{title}» con {count} diapositivas.

¿Importarlo como título, entradilla y diapositivas de este artículo?</translation>
    </message>
    <message>
        <source>

Left out of it:{lines}</source>
        <translation>

Descartado:{lines}</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>Antes de importar</translation>
    </message>
    <message>
        <source>Import pasted article</source>
        <translation>Importar el artículo pegado</translation>
    </message>
</context>
<context>
    <name>LayoutState</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>Editar enlace</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Texto del enlace</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormato</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Enlace…</translation>
    </message>
    <message>
        <source>&amp;Remove Formatting</source>
        <translation>&amp;Quitar formato</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Article…</source>
        <translation>&amp;Nuevo artículo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Article</source>
        <translation>Abrir el artículo de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Abrir la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>Impri&amp;mir…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Cerrar ar&amp;tículo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t	Ctrl+X</source>
        <translation>Cor&amp;tar	Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy	Ctrl+C</source>
        <translation>&amp;Copiar	Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste	Ctrl+V</source>
        <translation>&amp;Pegar	Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All	Ctrl+A</source>
        <translation>Seleccionar t&amp;odo	Ctrl+A</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eemplazar…</translation>
    </message>
    <message>
        <source>Preference&amp;s…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;Diapositiva</translation>
    </message>
    <message>
        <source>&amp;New Slide</source>
        <translation>&amp;Nueva diapositiva</translation>
    </message>
    <message>
        <source>&amp;Duplicate Slide</source>
        <translation>D&amp;uplicar diapositiva</translation>
    </message>
    <message>
        <source>De&amp;lete Slide	Del</source>
        <translation>&amp;Eliminar diapositiva	Del</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Ne&amp;xt Slide</source>
        <translation>Diapositiva si&amp;guiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Slide</source>
        <translation>Diapositiva &amp;anterior</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>Elegir &amp;imagen…</translation>
    </message>
    <message>
        <source>Choose Images for &amp;All Slides…</source>
        <translation>Elegir imágenes para &amp;todas las diapositivas…</translation>
    </message>
    <message>
        <source>Add No&amp;te…</source>
        <translation>Añadir n&amp;ota…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Preview as &amp;Article</source>
        <translation>Vista previa como &amp;artículo</translation>
    </message>
    <message>
        <source>Preview as &amp;Slideshow</source>
        <translation>Vista previa como &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Monospace Body Font</source>
        <translation>Fuente &amp;monoespaciada para el texto</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Modo &amp;concentración</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;umentar zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir zoom</translation>
    </message>
    <message>
        <source>A&amp;ctual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Slidewright</source>
        <translation>Acerca &amp;de Slidewright</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>No hay artículos recientes</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add slide (Ctrl+Shift+N)</source>
        <translation>Añadir diapositiva (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate slide (Ctrl+Shift+D)</source>
        <translation>Duplicar diapositiva (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete selected slides (Delete)</source>
        <translation>Eliminar las diapositivas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Down)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Preview the article as one scrolling page (Ctrl+1)</source>
        <translation>Vista previa del artículo como una sola página desplazable (Ctrl+1)</translation>
    </message>
    <message>
        <source>Preview as article</source>
        <translation>Vista previa como artículo</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Preview one slide at a time, as a slideshow (Ctrl+2)</source>
        <translation>Vista previa diapositiva a diapositiva, como presentación (Ctrl+2)</translation>
    </message>
    <message>
        <source>Preview as slideshow</source>
        <translation>Vista previa como presentación</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The byline new articles start with</source>
        <translation>La firma de los artículos nuevos</translation>
    </message>
    <message>
        <source>Printed before each credit, e.g. Credit or Photo</source>
        <translation>Se imprime antes de cada crédito, p. ej., Crédito o Foto</translation>
    </message>
    <message>
        <source>https://… the author&apos;s page (published with the byline)</source>
        <translation>https://… la página web del autor</translation>
    </message>
    <message>
        <source>The publication&apos;s name, e.g. Harbour News</source>
        <translation>Su nombre, p. ej., El Diario del Puerto</translation>
    </message>
    <message>
        <source>https://… the publication&apos;s logo</source>
        <translation>https://… el logotipo del medio</translation>
    </message>
    <message>
        <source>One agency per line, e.g. your own picture desk</source>
        <translation>Una agencia por línea, p. ej., su propio departamento de fotografía</translation>
    </message>
    <message>
        <source>Your own agencies: the credit checker treats them like AFP or Shutterstock (a picture whose file names one must be credited to it)</source>
        <translation>Sus propias agencias: el comprobador de créditos las trata como a AFP o Shutterstock (una imagen cuyo nombre de archivo menciona una de ellas debe acreditarse a esa agencia)</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>Idioma de la ventana ({language})</translation>
    </message>
    <message>
        <source>Default author</source>
        <translation>Autor predeterminado</translation>
    </message>
    <message>
        <source>Default credit label</source>
        <translation>Prefijo de crédito predeterminado</translation>
    </message>
    <message>
        <source>Author&apos;s web page</source>
        <translation>Página web del autor</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Publisher&apos;s logo address</source>
        <translation>Dirección del logotipo del medio</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencias</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Idioma de ortografía</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Default &amp;author</source>
        <translation>&amp;Autor predeterminado</translation>
    </message>
    <message>
        <source>Author&apos;s &amp;web page</source>
        <translation>Página &amp;web del autor</translation>
    </message>
    <message>
        <source>Default &amp;credit label</source>
        <translation>Prefijo de cré&amp;dito predeterminado</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;logo</source>
        <translation>&amp;Logotipo del medio</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>A&amp;gencias</translation>
    </message>
    <message>
        <source>&amp;Spelling language</source>
        <translation>Idioma de &amp;ortografía</translation>
    </message>
    <message>
        <source>Language of the &amp;window</source>
        <translation>Idioma de la &amp;ventana</translation>
    </message>
    <message>
        <source>New articles start with this author and credit label. Exports name the publisher and, for this author&apos;s articles, the author&apos;s page. Agency names are never marked as misspelled, and the credit checker knows them beside its own list. An article&apos;s own language (Article tab) comes before this one. The window&apos;s language changes at the next start.</source>
        <translation>Los artículos nuevos empiezan con este autor y este prefijo de crédito. Las exportaciones nombran al medio y, en los artículos de este autor, la página del autor. Los nombres de agencias nunca se marcan como faltas de ortografía, y el comprobador de créditos los conoce además de su propia lista. El idioma propio de un artículo (pestaña Artículo) tiene prioridad sobre este. El idioma de la ventana cambia en el siguiente inicio.</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automático (idioma del sistema)</translation>
    </message>
    <message>
        <source>Takes effect the next time Slidewright starts</source>
        <translation>Se aplica la próxima vez que se inicie Slidewright</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no guarda los cambios, se perderán.</translation>
    </message>
    <message>
        <source>Article folder ({patterns})</source>
        <translation>Carpeta del artículo ({patterns})</translation>
    </message>
    <message>
        <source>&amp;Title of the new article:</source>
        <translation>&amp;Título del nuevo artículo:</translation>
    </message>
    <message>
        <source>Choose a &amp;Folder…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>Elegir &amp;archivos…</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Draft (review it on the site first)</source>
        <translation>Borrador (revíselo antes en el sitio)</translation>
    </message>
    <message>
        <source>Published now</source>
        <translation>Publicado ahora</translation>
    </message>
    <message>
        <source>Scheduled for the article&apos;s date</source>
        <translation>Programado para la fecha del artículo</translation>
    </message>
    <message>
        <source>Publishing stopped on an unexpected error: {error}</source>
        <translation>La publicación se detuvo por un error inesperado: {error}</translation>
    </message>
    <message>
        <source>Publish to WordPress</source>
        <translation>Publicar en WordPress</translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation>su nombre de usuario de WordPress</translation>
    </message>
    <message>
        <source>an application password (Users ▸ Profile on the site)</source>
        <translation>una contraseña de aplicación (Usuarios ▸ Perfil en el sitio)</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember (no keyring here: kept until you quit)</source>
        <translation>Recordar (aquí no hay llavero: se guarda hasta que cierre)</translation>
    </message>
    <message>
        <source>One slide per page (WordPress page breaks)</source>
        <translation>Una diapositiva por página (saltos de página de WordPress)</translation>
    </message>
    <message>
        <source>Updates post {post} on that site.</source>
        <translation>Actualiza la entrada {post} en ese sitio.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Sitio</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Article: {severity} {rule}: {message}</source>
        <translation>Artículo: {severity} {rule}: {message}</translation>
    </message>
    <message>
        <source>Slide {number}: {severity} {rule}: {message}</source>
        <translation>Diapositiva {number}: {severity} {rule}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>The credit check has %n error(s) (see Problems):
{errors}</source>
        <translation>
            <numerusform>La comprobación de créditos encuentra %n error (véase Problemas):
{errors}</numerusform>
            <numerusform>La comprobación de créditos encuentra %n errores (véase Problemas):
{errors}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the site, your user name and an application password.</source>
        <translation>Indique el sitio, su nombre de usuario y una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Publish with credit errors?</source>
        <translation>¿Publicar con errores de crédito?</translation>
    </message>
    <message>
        <source>{problems}

Publish anyway?</source>
        <translation>{problems}

¿Publicar de todos modos?</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>Publicar de todos modos</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Content Credentials: {error}</source>
        <translation>Credenciales de contenido: {error}</translation>
    </message>
    <message>
        <source>Connecting to {site}…</source>
        <translation>Conectando con {site}…</translation>
    </message>
    <message>
        <source>Publish not recorded</source>
        <translation>Publicación no registrada</translation>
    </message>
    <message>
        <source>Publishing goes on, but it could not be recorded in {file}: {error}

Save the article afterwards to keep the record; without it the next publish makes a new post.</source>
        <translation>La publicación sigue adelante, pero no se pudo registrar en {file}: {error}

Guarde después el artículo para conservar el registro; sin él, la próxima publicación crea una entrada nueva.</translation>
    </message>
    <message>
        <source>Published: {post}</source>
        <translation>Publicado: {post}</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>Error al publicar: {reason}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Publish Again</source>
        <translation>Publicar de nuevo</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Cancelando tras el paso en curso…</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Guarde primero</translation>
    </message>
    <message>
        <source>Save the article before publishing it.</source>
        <translation>Guarde el artículo antes de publicarlo.</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <source>Duplicate slide</source>
        <translation>Duplicar diapositiva</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>Imagen no añadida</translation>
    </message>
    <message>
        <source>These files were not added:
{files}</source>
        <translation>Estos archivos no se han añadido:
{files}</translation>
    </message>
    <message>
        <source>Add slides from images</source>
        <translation>Añadir diapositivas a partir de imágenes</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>Diapositiva {number} de {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n diapositiva</numerusform>
            <numerusform>%n diapositivas</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} · {minutes}</source>
        <translation>{words} · {minutes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>This slide {words} · Article {total}</source>
        <translation>Esta diapositiva {words} · Artículo {total}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Write slideshow articles: slides, credits, live preview.</source>
        <translation>Escriba artículos en forma de presentación: diapositivas, créditos, vista previa en directo.</translation>
    </message>
    <message>
        <source>New Article…</source>
        <translation>Nuevo artículo…</translation>
    </message>
    <message>
        <source>Open Article…</source>
        <translation>Abrir artículo…</translation>
    </message>
    <message>
        <source>Open the Sample Article</source>
        <translation>Abrir el artículo de ejemplo</translation>
    </message>
    <message>
        <source>Recent articles</source>
        <translation>Artículos recientes</translation>
    </message>
    <message>
        <source>Could not open the article:
{reason}</source>
        <translation>No se pudo abrir el artículo:
{reason}</translation>
    </message>
</context>
<context>
    <name>WritingDesk</name>
    <message>
        <source>search results show about this many characters of a description</source>
        <translation>los resultados de búsqueda muestran aproximadamente esta cantidad de caracteres de una descripción</translation>
    </message>
    <message>
        <source>screen readers read alt text in one breath: keep it short</source>
        <translation>los lectores de pantalla leen el texto alternativo de un tirón: que sea breve</translation>
    </message>
    <message>
        <source>Image pasted as {file}</source>
        <translation>Imagen pegada como {file}</translation>
    </message>
    <message>
        <source>Image not pasted</source>
        <translation>Imagen no pegada</translation>
    </message>
    <message>
        <source>Printing page {number} of {count}…</source>
        <translation>Imprimiendo la página {number} de {count}…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
</context>
</TS>
