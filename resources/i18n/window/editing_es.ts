<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessWiring</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>The selected slide&apos;s fields, or the article&apos;s</source>
        <translation>Los campos de la diapositiva seleccionada, o los del artículo</translation>
    </message>
    <message>
        <source>Problems: {totals}</source>
        <translation>Problemas: {totals}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Slide {number} of {count}: {heading}</source>
        <translation>Diapositiva {number} de {count}: {heading}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>e.g. Read more from the Coast Desk</source>
        <translation>p. ej., Más de la sección Costa</translation>
    </message>
    <message>
        <source>{field} heading</source>
        <translation>Encabezado de «{field}»</translation>
    </message>
    <message>
        <source>The heading over the links after the last slide</source>
        <translation>El encabezado sobre los enlaces, después de la última diapositiva</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Añadir enlace</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Quitar enlace</translation>
    </message>
    <message>
        <source>Add a read-more link below the selected one</source>
        <translation>Añadir un enlace de «Lee también» debajo del seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected read-more link</source>
        <translation>Quitar el enlace de «Lee también» seleccionado</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>{path}: could not be opened ({kind}: {reason})</source>
        <translation>{path}: no se pudo abrir ({kind}: {reason})</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>No se puede abrir el artículo</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Abrir artículo</translation>
    </message>
    <message>
        <source>Slidewright articles (*.md)</source>
        <translation>Artículos de Slidewright (*.md)</translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>New Article: where to keep it</source>
        <translation>Nuevo artículo: dónde guardarlo</translation>
    </message>
    <message>
        <source>Folder holds an article</source>
        <translation>La carpeta ya contiene un artículo</translation>
    </message>
    <message>
        <source>{folder} already holds an article (index.md). Open it instead, or pick an empty folder.</source>
        <translation>{folder} ya contiene un artículo (index.md). Ábralo, o elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>Cannot create article</source>
        <translation>No se puede crear el artículo</translation>
    </message>
    <message>
        <source>Cannot reload article</source>
        <translation>No se puede recargar el artículo</translation>
    </message>
    <message>
        <source>{reason}

Your version stays open; Save asks before writing over that file.</source>
        <translation>{reason}

Su versión sigue abierta; Guardar le preguntará antes de sobrescribir ese archivo.</translation>
    </message>
    <message>
        <source>Reloaded {file}, changed on disk: {changes}</source>
        <translation>{file} recargado, cambiado en el disco: {changes}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}. The file on disk is unchanged; your changes are still open here.</source>
        <translation>No se pudo guardar {file}: {reason}. El archivo del disco no ha cambiado; sus cambios siguen abiertos aquí.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}; the original is kept as {copy}</source>
        <translation>{file} guardado; el original se conserva como {copy}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} guardado</translation>
    </message>
    <message>
        <source>Save Article As: name its new folder</source>
        <translation>Guardar artículo como: ponga nombre a su nueva carpeta</translation>
    </message>
    <message>
        <source>{folder} already holds an article; pick an empty folder.</source>
        <translation>{folder} ya contiene un artículo; elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>Folder is not empty</source>
        <translation>La carpeta no está vacía</translation>
    </message>
    <message>
        <source>{folder} already holds other files. Save the article there anyway? Images of the article replace files of the same name.</source>
        <translation>{folder} ya contiene otros archivos. ¿Guardar allí el artículo de todos modos? Las imágenes del artículo reemplazan a los archivos con el mismo nombre.</translation>
    </message>
    <message>
        <source>Replace images?</source>
        <translation>¿Reemplazar imágenes?</translation>
    </message>
    <message>
        <source>{folder} already holds different images with the same names:
{images}

Replace them with the article&apos;s images?</source>
        <translation>{folder} ya contiene otras imágenes con los mismos nombres:
{images}

¿Reemplazarlas por las imágenes del artículo?</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Guardado como {file}</translation>
    </message>
    <message>
        <source>Some images were missing</source>
        <translation>Faltaban algunas imágenes</translation>
    </message>
    <message>
        <source>These images were not copied (missing, or outside the article&apos;s folder):
{images}</source>
        <translation>Estas imágenes no se han copiado (faltan o están fuera de la carpeta del artículo):
{images}</translation>
    </message>
    <message>
        <source>Typed text not saved</source>
        <translation>Texto escrito sin guardar</translation>
    </message>
    <message>
        <source>Close the article without it?</source>
        <translation>¿Cerrar el artículo sin él?</translation>
    </message>
    <message>
        <source>Close Without It</source>
        <translation>Cerrar sin él</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>{file} was changed by another program.

{changes}

Reload it (your unsaved version is kept in History), or keep your version?</source>
        <translation>Otro programa ha cambiado {file}.

{changes}

¿Recargarlo (su versión sin guardar se conserva en el Historial) o mantener su versión?</translation>
    </message>
    <message>
        <source>Merge takes the other program&apos;s changes into the slides you did not edit and keeps your unsaved edits.</source>
        <translation>Combinar incorpora los cambios del otro programa en las diapositivas que usted no ha editado y conserva sus ediciones sin guardar.</translation>
    </message>
    <message>
        <source>Article changed on disk</source>
        <translation>Artículo cambiado en el disco</translation>
    </message>
    <message>
        <source>Merged the changes made on disk with yours</source>
        <translation>Los cambios hechos en el disco se han combinado con los suyos</translation>
    </message>
    <message>
        <source>Reloaded {file}, changed on disk: {changes}. Your version is in History (Undo brings it back)</source>
        <translation>{file} recargado, cambiado en el disco: {changes}. Su versión está en el Historial (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>{file} was changed by another program: you will be asked when you pause</source>
        <translation>Otro programa ha cambiado {file}: se le preguntará cuando haga una pausa</translation>
    </message>
    <message>
        <source>The new version cannot be read: {reason}</source>
        <translation>No se puede leer la nueva versión: {reason}</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>This article cannot be read; double-click to see why</source>
        <translation>Este artículo no se puede leer; haga doble clic para ver por qué</translation>
    </message>
</context>
<context>
    <name>AssignImages</name>
    <message>
        <source>Choose Images for All Slides</source>
        <translation>Elegir imágenes para todas las diapositivas</translation>
    </message>
    <message>
        <source>Every slide has an image already</source>
        <translation>Todas las diapositivas tienen ya imagen</translation>
    </message>
    <message>
        <source>1 slide has no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>1 diapositiva no tiene imagen. Elija una carpeta de imágenes o varios archivos de imagen: se asignan, por orden de nombre, a esa diapositiva.</translation>
    </message>
    <message>
        <source>%n slides have no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>%n diapositivas no tienen imagen. Elija una carpeta de imágenes o varios archivos de imagen: se asignan, por orden de nombre, a esas diapositivas.</translation>
    </message>
    <message>
        <source>No images (JPEG, PNG, WebP, GIF or SVG) found in {names}.</source>
        <translation>No se han encontrado imágenes (JPEG, PNG, WebP, GIF o SVG) en {names}.</translation>
    </message>
    <message>
        <source>Choose images for 1 slide</source>
        <translation>Elegir la imagen de 1 diapositiva</translation>
    </message>
    <message>
        <source>Choose images for %n slides</source>
        <translation>Elegir las imágenes de %n diapositivas</translation>
    </message>
    <message>
        <source>These files were not used:
{files}</source>
        <translation>Estos archivos no se han usado:
{files}</translation>
    </message>
    <message>
        <source>Images chosen for 1 slide</source>
        <translation>Imagen elegida para 1 diapositiva</translation>
    </message>
    <message>
        <source>Images chosen for %n slides</source>
        <translation>Imágenes elegidas para %n diapositivas</translation>
    </message>
    <message>
        <source>%n still without an image</source>
        <translation>%n siguen sin imagen</translation>
    </message>
    <message>
        <source>1 image left over</source>
        <translation>Sobra 1 imagen</translation>
    </message>
    <message>
        <source>%n images left over</source>
        <translation>Sobran %n imágenes</translation>
    </message>
</context>
<context>
    <name>CaptionCells</name>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <source>Recovery copy not written: {reason}</source>
        <translation>Copia de recuperación no escrita: {reason}</translation>
    </message>
    <message>
        <source>Recovery copy not written</source>
        <translation>Copia de recuperación no escrita</translation>
    </message>
    <message>
        <source>Slidewright could not copy your unsaved changes aside: {reason}.

Your work is still open; save it to keep it.</source>
        <translation>Slidewright no pudo apartar una copia de sus cambios sin guardar: {reason}.

Su trabajo sigue abierto; guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>Recovery copy cannot be read</source>
        <translation>No se puede leer la copia de recuperación</translation>
    </message>
    <message>
        <source>Slidewright kept unsaved changes to this article in
{file}
but cannot read them ({problem}). The copy is kept there for you.</source>
        <translation>Slidewright conservó cambios sin guardar de este artículo en
{file}
pero no puede leerlos ({problem}). La copia se queda ahí a su disposición.</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>¿Restaurar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>CredentialsLine</name>
    <message>
        <source>What failed:</source>
        <translation>Qué falló:</translation>
    </message>
    <message>
        <source>Written by: {generator}</source>
        <translation>Escrito por: {generator}</translation>
    </message>
    <message>
        <source>Author: {names}</source>
        <translation>Autor: {names}</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Qué se hizo:</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Hecho a partir de:</translation>
    </message>
    <message>
        <source>{title} (the original)</source>
        <translation>{title} (el original)</translation>
    </message>
    <message>
        <source>The credentials say the picture must not be used to train AI.</source>
        <translation>Según las credenciales, la imagen no debe usarse para entrenar IA.</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>Credenciales de contenido</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Content Credentials details</source>
        <translation>Detalles de las credenciales de contenido</translation>
    </message>
    <message>
        <source>{mark} Content Credentials: {summary}</source>
        <translation>{mark} Credenciales de contenido: {summary}</translation>
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
        <translation>p. ej., 2026-11-27, 27 nov 2026 o Nov 27, 2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Article date calendar</source>
        <translation>Calendario de la fecha del artículo</translation>
    </message>
    <message>
        <source>The Date field holds “{text}”, which is not a date, so it is not saved.</source>
        <translation>El campo Fecha contiene «{text}», que no es una fecha, así que no se guarda.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>DiskChanges</name>
    <message>
        <source>slide {number} ({heading})</source>
        <translation>diapositiva {number} ({heading})</translation>
    </message>
    <message>
        <source>slide {number}</source>
        <translation>diapositiva {number}</translation>
    </message>
    <message>
        <source>Changed: {slides} and 1 more</source>
        <translation>Cambiado: {slides} y 1 más</translation>
    </message>
    <message>
        <source>Changed: {slides} and {more} more</source>
        <translation>Cambiado: {slides} y {more} más</translation>
    </message>
    <message>
        <source>Changed: {slides}</source>
        <translation>Cambiado: {slides}</translation>
    </message>
    <message>
        <source>Added: 1 slide at the end</source>
        <translation>Añadido: 1 diapositiva al final</translation>
    </message>
    <message>
        <source>Added: %n slides at the end</source>
        <translation>Añadido: %n diapositivas al final</translation>
    </message>
    <message>
        <source>Removed: the last slide</source>
        <translation>Quitado: la última diapositiva</translation>
    </message>
    <message>
        <source>Removed: the last %n slides</source>
        <translation>Quitado: las %n últimas diapositivas</translation>
    </message>
    <message>
        <source>Article: {fields}</source>
        <translation>Artículo: {fields}</translation>
    </message>
    <message>
        <source>No difference in the article&apos;s content (only its layout).</source>
        <translation>No hay diferencias en el contenido del artículo (solo en su formato).</translation>
    </message>
</context>
<context>
    <name>DiskConflict</name>
    <message>
        <source>the number of slides</source>
        <translation>el número de diapositivas</translation>
    </message>
    <message>
        <source>You and the other program both changed: {places}.</source>
        <translation>Tanto usted como el otro programa han cambiado: {places}.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Recargar desde el disco</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation>Mantener mi versión</translation>
    </message>
    <message>
        <source>{file} was changed by another program since you opened it.

Overwrite it with your version? Their changes will be lost.</source>
        <translation>Otro programa ha cambiado {file} desde que usted lo abrió.

¿Sobrescribirlo con su versión? Los otros cambios se perderán.</translation>
    </message>
    <message>
        <source>Merge takes their changes into the slides you did not edit, then saves.</source>
        <translation>Combinar incorpora sus cambios en las diapositivas que usted no ha editado y después guarda.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Archivo cambiado en el disco</translation>
    </message>
    <message>
        <source>Merge and Save</source>
        <translation>Combinar y guardar</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Merge changes from disk</source>
        <translation>Combinar los cambios del disco</translation>
    </message>
    <message>
        <source>Before reload</source>
        <translation>Antes de recargar</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recargar desde el disco</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Hea&amp;ding</source>
        <translation>Títu&amp;lo</translation>
    </message>
    <message>
        <source>Slide heading</source>
        <translation>Título de la diapositiva</translation>
    </message>
    <message>
        <source>The slide&apos;s heading, numbered on the page; its image files are named after it</source>
        <translation>El título de la diapositiva, numerado en la página; sus archivos de imagen llevan su nombre</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>image</source>
        <translation>la imagen</translation>
    </message>
    <message>
        <source>&amp;Alt text</source>
        <translation>Te&amp;xto alternativo</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it</source>
        <translation>Describa la imagen para los lectores que no pueden verla</translation>
    </message>
    <message>
        <source>Read aloud to readers who cannot see the image: what it shows, in a sentence</source>
        <translation>Se lee en voz alta a los lectores que no ven la imagen: lo que muestra, en una frase</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>el texto alternativo</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>C&amp;rédito</translation>
    </message>
    <message>
        <source>e.g. Jana Novak/Shutterstock (the label is added for you)</source>
        <translation>p. ej., Jana Novak/Shutterstock (el prefijo se añade solo)</translation>
    </message>
    <message>
        <source>Who made the image and for which agency, as the agency asks to be credited</source>
        <translation>Quién hizo la imagen y para qué agencia, tal como la agencia pide que se le acredite</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>el crédito</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>Pie de &amp;foto</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>Pie de foto opcional</translation>
    </message>
    <message>
        <source>A line under the image, beside the credit (optional): *italic*, **bold**, [a link](…)</source>
        <translation>Una línea bajo la imagen, junto al crédito (opcional): *cursiva*, **negrita**, [un enlace](…)</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>el pie de foto</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Cuerpo</translation>
    </message>
    <message>
        <source>Body paragraphs in Markdown</source>
        <translation>Párrafos del cuerpo en Markdown</translation>
    </message>
    <message>
        <source>The slide&apos;s paragraphs, in Markdown: *italic*, **bold**, [a link](https://…)</source>
        <translation>Los párrafos de la diapositiva, en Markdown: *cursiva*, **negrita**, [un enlace](https://…)</translation>
    </message>
    <message>
        <source>body</source>
        <translation>el cuerpo</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>e.g. CC BY-SA 4.0</source>
        <translation>p. ej., CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>The image&apos;s licence when it is not an agency photo, e.g. CC BY-SA 4.0</source>
        <translation>La licencia de la imagen cuando no es una foto de agencia, p. ej., CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>la licencia</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Autor de la imagen</translation>
    </message>
    <message>
        <source>Photographer or author</source>
        <translation>Fotógrafo o autor</translation>
    </message>
    <message>
        <source>The photographer or author a licence asks you to name</source>
        <translation>El fotógrafo o autor al que una licencia pide nombrar</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>el autor de la imagen</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>Enlace a la fuente</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Where the image was found (its page, not the image file)</source>
        <translation>Dónde se encontró la imagen (su página, no el archivo de imagen)</translation>
    </message>
    <message>
        <source>source link</source>
        <translation>el enlace a la fuente</translation>
    </message>
    <message>
        <source>Licence link</source>
        <translation>Enlace a la licencia</translation>
    </message>
    <message>
        <source>https://creativecommons.org/licenses/…</source>
        <translation>https://creativecommons.org/licenses/…</translation>
    </message>
    <message>
        <source>The licence&apos;s own page, linked beside the credit</source>
        <translation>La página de la propia licencia, enlazada junto al crédito</translation>
    </message>
    <message>
        <source>licence link</source>
        <translation>el enlace a la licencia</translation>
    </message>
    <message>
        <source>Licence from</source>
        <translation>Licencia desde</translation>
    </message>
    <message>
        <source>e.g. 2026-01-01</source>
        <translation>p. ej., 2026-01-01</translation>
    </message>
    <message>
        <source>The first day the image&apos;s licence covers (YYYY-MM-DD), from the agency&apos;s invoice</source>
        <translation>El primer día que cubre la licencia de la imagen (AAAA-MM-DD), según la factura de la agencia</translation>
    </message>
    <message>
        <source>licence start</source>
        <translation>el inicio de la licencia</translation>
    </message>
    <message>
        <source>Licence until</source>
        <translation>Licencia hasta</translation>
    </message>
    <message>
        <source>e.g. 2027-12-31</source>
        <translation>p. ej., 2027-12-31</translation>
    </message>
    <message>
        <source>The last day the image may be shown (YYYY-MM-DD); File &gt; Open Library warns before it</source>
        <translation>El último día en que se puede mostrar la imagen (AAAA-MM-DD); Archivo &gt; Abrir la biblioteca avisa antes</translation>
    </message>
    <message>
        <source>licence end</source>
        <translation>el fin de la licencia</translation>
    </message>
    <message>
        <source>Editorial use only</source>
        <translation>Solo uso editorial</translation>
    </message>
    <message>
        <source>The agency allows this image beside news only: a sponsored article may not use it</source>
        <translation>La agencia solo permite esta imagen junto a noticias: un artículo patrocinado no puede usarla</translation>
    </message>
    <message>
        <source>editorial use</source>
        <translation>el uso editorial</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Títu&amp;lo</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Título del artículo</translation>
    </message>
    <message>
        <source>The article&apos;s headline, also the page title in search results</source>
        <translation>El titular del artículo, que es también el título de la página en los resultados de búsqueda</translation>
    </message>
    <message>
        <source>title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Des&amp;cripción</translation>
    </message>
    <message>
        <source>The standfirst under the title</source>
        <translation>La entradilla bajo el título</translation>
    </message>
    <message>
        <source>The standfirst under the title; search results show it as the summary</source>
        <translation>La entradilla bajo el título; los resultados de búsqueda la muestran como resumen</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>Section shown in the breadcrumb, e.g. Travel</source>
        <translation>Sección que aparece en la ruta de navegación, p. ej., Viajes</translation>
    </message>
    <message>
        <source>The section the article belongs to, shown in the breadcrumb</source>
        <translation>La sección a la que pertenece el artículo, que aparece en la ruta de navegación</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>las secciones</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>Topics, comma-separated, for feeds and site exports</source>
        <translation>Temas, separados por comas, para los canales y las exportaciones a sitios</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>las etiquetas</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>The byline</source>
        <translation>La firma</translation>
    </message>
    <message>
        <source>author</source>
        <translation>el autor</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>The publication date: type it in most forms, it is saved as YYYY-MM-DD</source>
        <translation>La fecha de publicación: escríbala casi de cualquier forma, se guarda como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>Credit la&amp;bel</source>
        <translation>Prefijo del c&amp;rédito</translation>
    </message>
    <message>
        <source>Printed before each credit, e.g. Credit</source>
        <translation>Se imprime antes de cada crédito, p. ej., Foto</translation>
    </message>
    <message>
        <source>The word printed before every credit, e.g. Credit or Photo</source>
        <translation>La palabra que se imprime antes de cada crédito, p. ej., Crédito o Foto</translation>
    </message>
    <message>
        <source>credit label</source>
        <translation>el prefijo del crédito</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>e.g. en-GB, for spelling and the page (empty: the system&apos;s language)</source>
        <translation>p. ej., es-ES, para la ortografía y la página (vacío: el idioma del sistema)</translation>
    </message>
    <message>
        <source>The article&apos;s language: the spelling dictionary, and the page&apos;s lang for readers</source>
        <translation>El idioma del artículo: el diccionario de ortografía, y el lang de la página para los lectores</translation>
    </message>
    <message>
        <source>language</source>
        <translation>el idioma</translation>
    </message>
    <message>
        <source>Sponsored article</source>
        <translation>Artículo patrocinado</translation>
    </message>
    <message>
        <source>Sponsored content: images licensed for editorial use only become errors in Problems</source>
        <translation>Contenido patrocinado: las imágenes con licencia solo para uso editorial pasan a ser errores en Problemas</translation>
    </message>
    <message>
        <source>sponsored</source>
        <translation>el patrocinio</translation>
    </message>
    <message>
        <source>Publish locations</source>
        <translation>Publicar ubicaciones</translation>
    </message>
    <message>
        <source>Keep the pictures&apos; GPS position and place names in the published files (a travel piece); off: every location is removed</source>
        <translation>Conservar la posición GPS y los nombres de lugares de las imágenes en los archivos publicados (un reportaje de viajes); desactivado: se quita toda ubicación</translation>
    </message>
    <message>
        <source>publish locations</source>
        <translation>la publicación de ubicaciones</translation>
    </message>
    <message>
        <source>&amp;Intro</source>
        <translation>E&amp;ntradilla</translation>
    </message>
    <message>
        <source>Intro paragraphs in Markdown, shown before the first slide</source>
        <translation>Párrafos de entradilla en Markdown, que se muestran antes de la primera diapositiva</translation>
    </message>
    <message>
        <source>Paragraphs before the first slide, in Markdown</source>
        <translation>Párrafos antes de la primera diapositiva, en Markdown</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>la entradilla</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lee también</translation>
    </message>
    <message>
        <source>Links to other articles, shown after the last slide</source>
        <translation>Enlaces a otros artículos, que se muestran después de la última diapositiva</translation>
    </message>
    <message>
        <source>read more</source>
        <translation>el bloque «Lee también»</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole article</source>
        <translation>Buscar en todo el artículo</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Pala&amp;bras completas</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>Si&amp;guiente ▶</translation>
    </message>
    <message>
        <source>Repla&amp;ce</source>
        <translation>Reem&amp;plazar</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Enter: next match · Shift+Enter: previous · Esc: close</source>
        <translation>Intro: coincidencia siguiente · Mayús+Intro: anterior · Esc: cerrar</translation>
    </message>
    <message>
        <source>The text each match is replaced with</source>
        <translation>El texto por el que se reemplaza cada coincidencia</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Buscar la coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>Buscar la coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Replace every match in the article: one undo step</source>
        <translation>Reemplazar todas las coincidencias del artículo: un solo paso para deshacer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Reemplazar:</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Replaced the last one</source>
        <translation>Se ha reemplazado la última</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>1 coincidencia reemplazada</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>%n coincidencia reemplazada</numerusform>
            <numerusform>%n coincidencias reemplazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Replace “{text}”</source>
        <translation>Reemplazar «{text}»</translation>
    </message>
    <message>
        <source>Before Replace All “{text}”</source>
        <translation>Antes de Reemplazar todo «{text}»</translation>
    </message>
    <message>
        <source>Replace “{text}” ({count})</source>
        <translation>Reemplazar «{text}» ({count})</translation>
    </message>
</context>
<context>
    <name>FirstSave</name>
    <message>
        <source>Saving changes how the file is written</source>
        <translation>Al guardar cambia la forma en que se escribe el archivo</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>{file} was written by hand or by another program. Saving keeps your article, but not all of the file as it is written:

{changes}

A copy of the file as it is now will be kept beside it as {copy} (a hidden file, which Hugo and Jekyll do not publish).

Save?</source>
        <translation>{file} se escribió a mano o con otro programa. Al guardar se conserva su artículo, pero no todo el archivo tal como está escrito:

{changes}

Se guardará una copia del archivo tal como está ahora a su lado, como {copy} (un archivo oculto, que Hugo y Jekyll no publican).

¿Guardar?</translation>
    </message>
    <message>
        <source>Not saved: {file} is unchanged</source>
        <translation>No guardado: {file} no ha cambiado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>A copy of {file} could not be kept: {reason}. Nothing was saved; your changes are still open here.</source>
        <translation>No se pudo conservar una copia de {file}: {reason}. No se ha guardado nada; sus cambios siguen abiertos aquí.</translation>
    </message>
    <message>
        <source>Not saved: no copy of the original could be kept ({reason})</source>
        <translation>No guardado: no se pudo conservar una copia del original ({reason})</translation>
    </message>
</context>
<context>
    <name>FormatTools</name>
    <message>
        <source>Formatting works in the Markdown fields (a slide&apos;s body and caption, the article&apos;s intro): headings and titles are published as plain text</source>
        <translation>El formato funciona en los campos Markdown (el cuerpo y el pie de foto de una diapositiva, la entradilla del artículo): los títulos se publican como texto sin formato</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Remove Formatting</source>
        <translation>Quitar formato</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
</context>
<context>
    <name>FromFile</name>
    <message>
        <source>Pasted pixels carry no credit: type the slide&apos;s credit</source>
        <translation>Los píxeles pegados no llevan crédito: escriba el crédito de la diapositiva</translation>
    </message>
    <message>
        <source>The file names no credit: type the slide&apos;s credit</source>
        <translation>El archivo no indica ningún crédito: escriba el crédito de la diapositiva</translation>
    </message>
    <message>
        <source>The file&apos;s credit lines disagree (the Problems panel names them): type the slide&apos;s credit</source>
        <translation>Los créditos del archivo se contradicen (el panel Problemas los nombra): escriba el crédito de la diapositiva</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>crédito</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <source>licence link</source>
        <translation>enlace a la licencia</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>{fields} filled from the file: {credit}</source>
        <translation>Datos tomados del archivo ({fields}): {credit}</translation>
    </message>
    <message>
        <source>The file says &quot;{credit}&quot;; the typed credit was kept (Problems offers the file&apos;s credit)</source>
        <translation>El archivo dice «{credit}»; se ha mantenido el crédito escrito (Problemas ofrece el crédito del archivo)</translation>
    </message>
    <message>
        <source>Credit and alt text cleared: they described the previous picture</source>
        <translation>Crédito y texto alternativo borrados: describían la imagen anterior</translation>
    </message>
    <message>
        <source>Credit cleared: it described the previous picture</source>
        <translation>Crédito borrado: describía la imagen anterior</translation>
    </message>
    <message>
        <source>Alt text cleared: it described the previous picture</source>
        <translation>Texto alternativo borrado: describía la imagen anterior</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Before restore</source>
        <translation>Antes de restaurar</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Tal como se abrió</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>No se pudo leer el archivo</translation>
    </message>
    <message>
        <source>History: {reason}</source>
        <translation>Historial: {reason}</translation>
    </message>
    <message>
        <source>The version before could not be read</source>
        <translation>No se pudo leer la versión anterior</translation>
    </message>
    <message>
        <source>This version was not kept in the history: {reason}</source>
        <translation>Esta versión no se ha guardado en el historial: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Before import</source>
        <translation>Antes de importar</translation>
    </message>
</context>
<context>
    <name>InsertSlides</name>
    <message>
        <source>Add slide</source>
        <translation>Añadir diapositiva</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Open Library: a folder of articles</source>
        <translation>Abrir biblioteca: una carpeta de artículos</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>The library cannot be opened: {reason}</source>
        <translation>No se puede abrir la biblioteca: {reason}</translation>
    </message>
</context>
<context>
    <name>LengthHint</name>
    <message>
        <source>{count} characters: {why} (about {limit}). The rest will be cut.</source>
        <translation>{count} caracteres: {why} (unos {limit}). El resto se cortará.</translation>
    </message>
    <message>
        <source>{count} characters: {why} (about {limit}).</source>
        <translation>{count} caracteres: {why} (unos {limit}).</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} de {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>All pictures</source>
        <translation>Todas las imágenes</translation>
    </message>
    <message>
        <source>Licence expiring in {days} days (or ended)</source>
        <translation>Licencia que caduca en {days} días (o ya caducada)</translation>
    </message>
    <message>
        <source>Credited differently elsewhere</source>
        <translation>Acreditada de otra forma en otro lugar</translation>
    </message>
    <message>
        <source>No licence recorded</source>
        <translation>Sin licencia registrada</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>Biblioteca: {folder}</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artículos</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Imágenes</translation>
    </message>
    <message>
        <source>Search titles, folders and credits</source>
        <translation>Buscar en títulos, carpetas y créditos</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Mostrar imágenes</translation>
    </message>
    <message>
        <source>Where the picture is used</source>
        <translation>Dónde se usa la imagen</translation>
    </message>
    <message>
        <source>Where used (double-click to open the article at the slide):</source>
        <translation>Dónde se usa (doble clic para abrir el artículo en la diapositiva):</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexando…</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>Error al indexar: {reason}</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} articles…</source>
        <translation>Indexando {done} de {total} artículos…</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 artículo</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>{articles}, {pictures} pictures, {findings} findings</source>
        <translation>{articles}, {pictures} imágenes, {findings} incidencias</translation>
    </message>
    <message>
        <source>(no credit)</source>
        <translation>(sin crédito)</translation>
    </message>
    <message>
        <source>{article}, slide {number}: {credit}, licence until {end}</source>
        <translation>{article}, diapositiva {number}: {credit}, licencia hasta el {end}</translation>
    </message>
    <message>
        <source>{article}, slide {number}: {credit}</source>
        <translation>{article}, diapositiva {number}: {credit}</translation>
    </message>
</context>
<context>
    <name>LibraryNotes</name>
    <message>
        <source>Across the library ({count})</source>
        <translation>En toda la biblioteca ({count})</translation>
    </message>
    <message>
        <source>From File ▸ Open Library…&apos;s index of this article&apos;s folder</source>
        <translation>Según el índice de Archivo ▸ Abrir la biblioteca… de la carpeta de este artículo</translation>
    </message>
    <message>
        <source>{severity}: slide {number}: {message}</source>
        <translation>{severity}: diapositiva {number}: {message}</translation>
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
        <translation>«{text}» no es una dirección web, una dirección de correo electrónico ni un archivo de la carpeta del artículo: un enlace lleva a https://…, http://…, mailto:… o a un archivo del artículo.</translation>
    </message>
    <message>
        <source>E-mail link: {address}</source>
        <translation>Enlace de correo electrónico: {address}</translation>
    </message>
    <message>
        <source>Link to the article&apos;s file: {address}</source>
        <translation>Enlace a un archivo del artículo: {address}</translation>
    </message>
    <message>
        <source>Link to: {address}</source>
        <translation>Enlace a: {address}</translation>
    </message>
</context>
<context>
    <name>MoveSlides</name>
    <message>
        <source>Move slide</source>
        <translation>Mover diapositiva</translation>
    </message>
    <message>
        <source>Move %n slides</source>
        <translation>Mover %n diapositivas</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note &amp;on:</source>
        <translation>Nota &amp;sobre:</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it</source>
        <translation>Ctrl+Intro la envía</translation>
    </message>
</context>
<context>
    <name>NotesGone</name>
    <message>
        <source>1 open note went with the deleted slide; Undo brings it back</source>
        <translation>1 nota abierta se fue con la diapositiva eliminada; Deshacer la recupera</translation>
    </message>
    <message>
        <source>%n open notes went with the deleted slides; Undo brings them back</source>
        <translation>%n notas abiertas se fueron con las diapositivas eliminadas; Deshacer las recupera</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>{author}, {time}: {text}</source>
        <translation>{author}, {time}: {text}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Editor&apos;s notes</source>
        <translation>Notas para la redacción</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Mostrar resueltas</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>Diapositiva {number}</translation>
    </message>
    <message>
        <source>{note} (resolved)</source>
        <translation>{note} (resuelta)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Notes (%n open)</source>
        <translation>
            <numerusform>&amp;Notas (%n abierta)</numerusform>
            <numerusform>&amp;Notas (%n abiertas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Add note on the article</source>
        <translation>Añadir nota al artículo</translation>
    </message>
    <message>
        <source>Add note on slide {number}</source>
        <translation>Añadir nota a la diapositiva {number}</translation>
    </message>
    <message>
        <source>Reply to note</source>
        <translation>Responder a la nota</translation>
    </message>
    <message>
        <source>Resolve note</source>
        <translation>Resolver la nota</translation>
    </message>
    <message>
        <source>Reopen note</source>
        <translation>Reabrir la nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar la nota</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Diapositiva {number}: {heading}</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>El artículo</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Note for the editor:</source>
        <translation>Nota para la redacción:</translation>
    </message>
    <message>
        <source>Reply to {author}: “{note}”</source>
        <translation>Respuesta a {author}: «{note}»</translation>
    </message>
    <message>
        <source>Reply to the note: “{note}”</source>
        <translation>Respuesta a la nota: «{note}»</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
</context>
<context>
    <name>OpenElsewhere</name>
    <message>
        <source>“{title}” is open in another Slidewright window too (process {pid}). Edit it in one window only: when both save, the later save finds the file changed and asks which version to keep.</source>
        <translation>«{title}» también está abierto en otra ventana de Slidewright (proceso {pid}). Edítelo solo en una ventana: si ambas guardan, el segundo guardado encuentra el archivo cambiado y pregunta qué versión conservar.</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>Abierto en otra ventana</translation>
    </message>
</context>
<context>
    <name>PasteImage</name>
    <message>
        <source>The picture on the clipboard is {width} × {height} pixels; a slide image may have up to {millions} million.</source>
        <translation>La imagen del portapapeles mide {width} × {height} píxeles; una imagen de diapositiva puede tener hasta {millions} millones.</translation>
    </message>
</context>
<context>
    <name>PhotosModel</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Licence until</source>
        <translation>Licencia hasta</translation>
    </message>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} y 1 más</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} y {more} más</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Preview could not update: {reason}</source>
        <translation>No se pudo actualizar la vista previa: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewRender</name>
    <message>
        <source>Remote image from {host} is not loaded in the preview</source>
        <translation>La imagen remota de {host} no se carga en la vista previa</translation>
    </message>
    <message>
        <source>Remote image from the web is not loaded in the preview</source>
        <translation>La imagen remota de la web no se carga en la vista previa</translation>
    </message>
    <message>
        <source>Image outside the article folder: {path}</source>
        <translation>Imagen fuera de la carpeta del artículo: {path}</translation>
    </message>
    <message>
        <source>Image not shown: {reason}</source>
        <translation>Imagen no mostrada: {reason}</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>Imagen no encontrada: {path}</translation>
    </message>
    <message>
        <source>Image not shown: {path}: {reason}</source>
        <translation>Imagen no mostrada: {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune Older Versions</source>
        <translation>Eliminar versiones antiguas</translation>
    </message>
    <message>
        <source>Delete older versions of this article&apos;s history:</source>
        <translation>Eliminar versiones antiguas del historial de este artículo:</translation>
    </message>
    <message>
        <source>Keep the {count} newest versions</source>
        <translation>Conservar las {count} versiones más recientes</translation>
    </message>
    <message>
        <source>Delete versions older than {days} days</source>
        <translation>Eliminar las versiones de más de {days} días</translation>
    </message>
    <message>
        <source>1 version, frees {space}</source>
        <translation>1 versión, libera {space}</translation>
    </message>
    <message numerus="yes">
        <source>%n versions, frees {space}</source>
        <translation>
            <numerusform>%n versión, libera {space}</numerusform>
            <numerusform>%n versiones, liberan {space}</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>nada que eliminar</translation>
    </message>
    <message>
        <source>Deleted versions cannot be brought back.</source>
        <translation>Las versiones eliminadas no se pueden recuperar.</translation>
    </message>
    <message>
        <source>Delete Versions</source>
        <translation>Eliminar versiones</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

{file} has changed on disk since these edits were made (another program or window wrote it). Restoring puts your edits in place of what the file holds now; Undo brings the file&apos;s version back.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>Slidewright conservó cambios sin guardar de «{title}» del {when}; esa sesión terminó sin guardarlos.

{file} ha cambiado en el disco desde que se hicieron esas ediciones (otro programa u otra ventana lo escribió). Al restaurar, sus ediciones sustituyen a lo que contiene ahora el archivo; Deshacer recupera la versión del archivo.

¿Restaurarlos? Puede deshacer la restauración, y no se guarda nada hasta que usted guarde. Descartar elimina la copia conservada.</translation>
    </message>
    <message>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>Slidewright conservó cambios sin guardar de «{title}» del {when}; esa sesión terminó sin guardarlos.

¿Restaurarlos? Puede deshacer la restauración, y no se guarda nada hasta que usted guarde. Descartar elimina la copia conservada.</translation>
    </message>
</context>
<context>
    <name>RemoveSlides</name>
    <message>
        <source>Delete slide</source>
        <translation>Eliminar diapositiva</translation>
    </message>
    <message>
        <source>Delete %n slides</source>
        <translation>Eliminar %n diapositivas</translation>
    </message>
</context>
<context>
    <name>SetArticleField</name>
    <message>
        <source>Format article {field}</source>
        <translation>Formatear {field} del artículo</translation>
    </message>
    <message>
        <source>Edit article {field}</source>
        <translation>Editar {field} del artículo</translation>
    </message>
</context>
<context>
    <name>SetImageWithCredits</name>
    <message>
        <source>Set slide {number} image and its credit from the file</source>
        <translation>Poner la imagen de la diapositiva {number} y su crédito a partir del archivo</translation>
    </message>
    <message>
        <source>Set slide {number} image</source>
        <translation>Poner la imagen de la diapositiva {number}</translation>
    </message>
</context>
<context>
    <name>SetSlideField</name>
    <message>
        <source>Format slide {number} {field}</source>
        <translation>Formatear {field} de la diapositiva {number}</translation>
    </message>
    <message>
        <source>Edit slide {number} {field}</source>
        <translation>Editar {field} de la diapositiva {number}</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Licence and source</source>
        <translation>Licencia y fuente</translation>
    </message>
    <message>
        <source>Licence, creator and source links, for images that are not agency photos</source>
        <translation>Licencia, autor y enlaces a la fuente, para imágenes que no son fotos de agencia</translation>
    </message>
    <message>
        <source>Slide image</source>
        <translation>Imagen de la diapositiva</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Choose Image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <source>Choose the slide&apos;s image; or drop an image file here, or paste one (Ctrl+V)</source>
        <translation>Elegir la imagen de la diapositiva; o soltar aquí un archivo de imagen, o pegar una (Ctrl+V)</translation>
    </message>
    <message numerus="yes">
        <source>Licence and source (%n filled)</source>
        <translation>
            <numerusform>Licencia y fuente (%n rellenado)</numerusform>
            <numerusform>Licencia y fuente (%n rellenados)</numerusform>
        </translation>
    </message>
    <message>
        <source>No image: choose one, drop or paste a file here</source>
        <translation>Sin imagen: elija una, suelte o pegue aquí un archivo</translation>
    </message>
</context>
<context>
    <name>SlideList</name>
    <message>
        <source>1 problem, worst: {severity}</source>
        <translation>1 problema, el más grave: {severity}</translation>
    </message>
    <message>
        <source>%n problems, worst: {severity}</source>
        <translation>%n problemas, el más grave: {severity}</translation>
    </message>
</context>
<context>
    <name>SlideListModel</name>
    <message>
        <source>Untitled slide</source>
        <translation>Diapositiva sin título</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>sin imagen</translation>
    </message>
    <message numerus="yes">
        <source>%n credit/image finding(s), worst: {severity}</source>
        <translation>
            <numerusform>%n incidencia de crédito o imagen, la más grave: {severity}</numerusform>
            <numerusform>%n incidencias de crédito o imagen, la más grave: {severity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open note(s) for the editor</source>
        <translation>
            <numerusform>%n nota abierta para la redacción</numerusform>
            <numerusform>%n notas abiertas para la redacción</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}, {problems}</source>
        <translation>Diapositiva {number}: {heading}, {problems}</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Diapositiva {number}: {heading}</translation>
    </message>
    <message>
        <source>Image: {file}</source>
        <translation>Imagen: {file}</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>SlideListView</name>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
</context>
<context>
    <name>SpellingMenus</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>No hay sugerencias ortográficas</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>Añadir «{word}» al diccionario</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>no image</source>
        <translation>sin imagen</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Deshacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rehacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
</TS>
