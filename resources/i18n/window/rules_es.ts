<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Agency</name>
    <message>
        <source>{agency} credits read &quot;{example}&quot;</source>
        <translation>los créditos de {agency} se escriben «{example}»</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>slide {number}: Content Credentials of {image}: {summary}</source>
        <translation>diapositiva {number}: credenciales de contenido de {image}: {summary}</translation>
    </message>
</context>
<context>
    <name>ContentCredentials</name>
    <message>
        <source>an unnamed signer</source>
        <translation>un firmante sin nombre</translation>
    </message>
    <message>
        <source>{signer}, a name that mixes letters of two alphabets</source>
        <translation>{signer}, un nombre que mezcla letras de dos alfabetos</translation>
    </message>
    <message>
        <source>valid, signer in your trust list</source>
        <translation>válidas, firmante en su lista de confianza</translation>
    </message>
    <message>
        <source>valid, signer not in your trust list</source>
        <translation>válidas, firmante fuera de su lista de confianza</translation>
    </message>
    <message>
        <source>NOT valid: {failure}</source>
        <translation>NO válidas: {failure}</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>una comprobación falló</translation>
    </message>
    <message>
        <source>could not be read: {failure}</source>
        <translation>no se pudieron leer: {failure}</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudieron leer</translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation>firmadas por {signer}</translation>
    </message>
</context>
<context>
    <name>CredentialAction</name>
    <message>
        <source>with {software}</source>
        <translation>con {software}</translation>
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
        <translation>la imagen se modificó después de firmarse</translation>
    </message>
    <message>
        <source>a statement in the credentials was changed after signing</source>
        <translation>una declaración de las credenciales se modificó después de la firma</translation>
    </message>
    <message>
        <source>a statement the signature covers is missing</source>
        <translation>falta una declaración cubierta por la firma</translation>
    </message>
    <message>
        <source>the signature does not match what was signed</source>
        <translation>la firma no coincide con lo que se firmó</translation>
    </message>
    <message>
        <source>the credentials carry no signature</source>
        <translation>las credenciales no llevan firma</translation>
    </message>
    <message>
        <source>it was signed outside the certificate&apos;s validity</source>
        <translation>se firmó fuera del periodo de validez del certificado</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked</source>
        <translation>el certificado del firmante fue revocado</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired</source>
        <translation>el certificado del firmante había caducado</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate may not sign credentials</source>
        <translation>el certificado del firmante no puede firmar credenciales</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is malformed</source>
        <translation>el certificado del firmante está mal formado</translation>
    </message>
    <message>
        <source>the credentials point to a manifest that is not in the file</source>
        <translation>las credenciales remiten a un manifiesto que no está en el archivo</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>placed into another picture</source>
        <translation>insertada en otra imagen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>colores ajustados</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recortada</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>redimensionada</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>recodificada</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>convertida</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtrada</translation>
    </message>
    <message>
        <source>drawn on</source>
        <translation>con dibujo añadido</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>girada</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>con partes ocultadas</translation>
    </message>
    <message>
        <source>something removed</source>
        <translation>algo eliminado</translation>
    </message>
    <message>
        <source>repackaged</source>
        <translation>reempaquetada</translation>
    </message>
    <message>
        <source>the file names no active manifest</source>
        <translation>el archivo no indica ningún manifiesto activo</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{text} is not a date: the year must be between 1 and 9999</source>
        <translation>{text} no es una fecha: el año debe estar entre 1 y 9999</translation>
    </message>
    <message>
        <source>{text} is not a date: there is no month {month}</source>
        <translation>{text} no es una fecha: no existe el mes {month}</translation>
    </message>
    <message>
        <source>{text} is not a date: {name} {year} has {days} days</source>
        <translation>{text} no es una fecha: {name} de {year} tiene {days} días</translation>
    </message>
    <message>
        <source>{text} is not a date: {name} is not the name of a month</source>
        <translation>{text} no es una fecha: {name} no es el nombre de un mes</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la fecha está vacía</translation>
    </message>
    <message>
        <source>{text} could mean two different days; write the year first (2026-01-05) or the month as a word (5 Jan 2026)</source>
        <translation>{text} puede significar dos días distintos; escriba primero el año (2026-01-05) o el mes con letras (5 de enero de 2026)</translation>
    </message>
    <message>
        <source>{text} is not a date Slidewright understands; write it like 2026-01-05, 5 Jan 2026 or Jan 5, 2026</source>
        <translation>{text} no es una fecha que Slidewright entienda; escríbala como 2026-01-05, 5 de enero de 2026 o 5 Jan 2026</translation>
    </message>
    <message>
        <source>{text} is not written as a date like 2026-11-27</source>
        <translation>{text} no está escrito como una fecha del tipo 2026-11-27</translation>
    </message>
    <message>
        <source>{text} is not a time of day (hours 0-23, minutes and seconds 0-59)</source>
        <translation>{text} no es una hora del día (horas 0-23, minutos y segundos 0-59)</translation>
    </message>
    <message>
        <source>{text} has a time zone offset that does not exist</source>
        <translation>{text} tiene un desfase horario que no existe</translation>
    </message>
</context>
<context>
    <name>ExportCredentials</name>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} y 1 más</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>Content Credentials not carried over for {pictures}: published pictures carry a manifest only when signed anew (a signing certificate in Preferences, or --c2pa-cert and --c2pa-key)</source>
        <translation>Credenciales de contenido no trasladadas para {pictures}: las imágenes publicadas solo llevan un manifiesto si se firman de nuevo (un certificado de firma en Preferencias, o --c2pa-cert y --c2pa-key)</translation>
    </message>
    <message>
        <source>{file}: Content Credentials not written ({error})</source>
        <translation>{file}: credenciales de contenido no escritas ({error})</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>no base URL (the Export dialog&apos;s Base URL, or --base-url): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>sin URL base (la URL base del diálogo Exportar, o --base-url): la página no tiene dirección canónica, y las tarjetas para redes sociales y los buscadores no reciben ninguna dirección de imagen</translation>
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
Corrección: {fix}</translation>
    </message>
    <message>
        <source>{severity}: {message} ({rule}).</source>
        <translation>{severity}: {message} ({rule}).</translation>
    </message>
    <message>
        <source>{severity}: {message} ({rule}). Fix: {fix}.</source>
        <translation>{severity}: {message} ({rule}). Corrección: {fix}.</translation>
    </message>
    <message>
        <source>{severity} on the article: {message}</source>
        <translation>{severity} en el artículo: {message}</translation>
    </message>
    <message>
        <source>{severity} on slide {slide}: {message}</source>
        <translation>{severity} en la diapositiva {slide}: {message}</translation>
    </message>
    <message>
        <source>{row}; fix: {fix}</source>
        <translation>{row}; corrección: {fix}</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>No se han encontrado problemas</translation>
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
        <translation>error</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>advertencias</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>Choose Images for All Slides…</source>
        <translation>Elegir imágenes para todas las diapositivas…</translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <source>{folder} is as it was before this export</source>
        <translation>{folder} está como estaba antes de esta exportación</translation>
    </message>
    <message>
        <source>nothing was written to {folder}</source>
        <translation>no se escribió nada en {folder}</translation>
    </message>
    <message>
        <source>the export stopped ({why}); {left}</source>
        <translation>la exportación se detuvo ({why}); {left}</translation>
    </message>
    <message>
        <source>written straight into {folder} ({why}): if the export is interrupted, the folder holds part of it</source>
        <translation>escrito directamente en {folder} ({why}): si la exportación se interrumpe, la carpeta contendrá solo una parte</translation>
    </message>
    <message>
        <source>the earlier export was kept at {old}: files saved into {folder} during the export could not be moved over ({why})</source>
        <translation>la exportación anterior se conservó en {old}: los archivos guardados en {folder} durante la exportación no se pudieron trasladar ({why})</translation>
    </message>
</context>
<context>
    <name>HistoryChanges</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>credit label</source>
        <translation>prefijo del crédito</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>sponsored</source>
        <translation>patrocinado</translation>
    </message>
    <message>
        <source>publish location</source>
        <translation>publicar ubicaciones</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>entradilla</translation>
    </message>
    <message>
        <source>read more</source>
        <translation>Lee también</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>{count} slide edited</source>
        <translation>{count} diapositiva editada</translation>
    </message>
    <message>
        <source>{count} slides edited</source>
        <translation>{count} diapositivas editadas</translation>
    </message>
    <message>
        <source>{count} slide added</source>
        <translation>{count} diapositiva añadida</translation>
    </message>
    <message>
        <source>{count} slides added</source>
        <translation>{count} diapositivas añadidas</translation>
    </message>
    <message>
        <source>{count} slide removed</source>
        <translation>{count} diapositiva eliminada</translation>
    </message>
    <message>
        <source>{count} slides removed</source>
        <translation>{count} diapositivas eliminadas</translation>
    </message>
    <message>
        <source>{count} slide moved</source>
        <translation>{count} diapositiva movida</translation>
    </message>
    <message>
        <source>{count} slides moved</source>
        <translation>{count} diapositivas movidas</translation>
    </message>
    <message>
        <source>{count} edited</source>
        <translation>editadas: {count}</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>añadidas: {count}</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>eliminadas: {count}</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>movidas: {count}</translation>
    </message>
    <message>
        <source>First version kept: {count} slide</source>
        <translation>Primera versión guardada: {count} diapositiva</translation>
    </message>
    <message>
        <source>First version kept: {count} slides</source>
        <translation>Primera versión guardada: {count} diapositivas</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>cambios en {fields}</translation>
    </message>
    <message>
        <source>{slides}; {fields}</source>
        <translation>{slides}; {fields}</translation>
    </message>
    <message>
        <source>No change to the text</source>
        <translation>Sin cambios en el texto</translation>
    </message>
</context>
<context>
    <name>HistoryDiff</name>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>{author} (resolved)</source>
        <translation>{author} (resuelta)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{state}, moved</source>
        <translation>{state}, movida</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Slide {number}: {title}</source>
        <translation>Diapositiva {number}: {title}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Restore this slide</source>
        <translation>Restaurar esta diapositiva</translation>
    </message>
    <message>
        <source>{count} slide unchanged.</source>
        <translation>{count} diapositiva sin cambios.</translation>
    </message>
    <message>
        <source>{count} slides unchanged.</source>
        <translation>{count} diapositivas sin cambios.</translation>
    </message>
    <message>
        <source>The text is the same.</source>
        <translation>El texto es el mismo.</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>image {path} left out: its metadata could not be cleaned</source>
        <translation>imagen {path} descartada: no se pudieron limpiar sus metadatos</translation>
    </message>
</context>
<context>
    <name>ImageDamage</name>
    <message>
        <source>the file ends in the middle of the picture (a copy or download that stopped half-way?); copy it again from the original</source>
        <translation>el archivo termina en mitad de la imagen (¿una copia o descarga que se interrumpió?); cópiela de nuevo desde el original</translation>
    </message>
    <message>
        <source>it is an SVG drawing (a document that can run scripts), not the {format} picture its name says; export it as a picture, or name it .svg</source>
        <translation>es un dibujo SVG (un documento que puede ejecutar scripts), no la imagen {format} que dice su nombre; expórtelo como imagen o póngale la extensión .svg</translation>
    </message>
    <message>
        <source>it is a {found} file, not the {format} picture its name says; save it again as {format} or give it the name its content has</source>
        <translation>es un archivo {found}, no la imagen {format} que dice su nombre; guárdela de nuevo como {format} o dele el nombre que corresponde a su contenido</translation>
    </message>
    <message>
        <source>its picture data is damaged and does not decode; copy it again from the original</source>
        <translation>sus datos de imagen están dañados y no se pueden decodificar; cópiela de nuevo desde el original</translation>
    </message>
</context>
<context>
    <name>ImageProblems</name>
    <message>
        <source>{where}: image {path} not found in the article&apos;s folder; published without it</source>
        <translation>{where}: la imagen {path} no está en la carpeta del artículo; se publica sin ella</translation>
    </message>
    <message>
        <source>{where}: image {path} is not a readable SVG; published without it</source>
        <translation>{where}: la imagen {path} no es un SVG legible; se publica sin ella</translation>
    </message>
    <message>
        <source>{where}: image {path} is not published: {reason}</source>
        <translation>{where}: la imagen {path} no se publica: {reason}</translation>
    </message>
    <message>
        <source>{where}: image {path} left out: {reason}</source>
        <translation>{where}: imagen {path} descartada: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageRights</name>
    <message>
        <source>{what}: ExifTool did not finish: {error}</source>
        <translation>{what}: ExifTool no terminó: {error}</translation>
    </message>
    <message>
        <source>{what}: credits not written</source>
        <translation>{what}: créditos no escritos</translation>
    </message>
    <message>
        <source>its content is {found}, not the {named} picture its name says</source>
        <translation>su contenido es {found}, no la imagen {named} que dice su nombre</translation>
    </message>
    <message>
        <source>the file is cut off or damaged</source>
        <translation>el archivo está cortado o dañado</translation>
    </message>
    <message>
        <source>ExifTool could not write it ({text})</source>
        <translation>ExifTool no pudo escribirlos ({text})</translation>
    </message>
    <message>
        <source>{name}: its credits could not be written: {why}</source>
        <translation>{name}: no se pudieron escribir sus créditos: {why}</translation>
    </message>
    <message>
        <source>its name says SVG drawing but its content is not one; give it the name its content has</source>
        <translation>su nombre dice dibujo SVG, pero su contenido no lo es; dele el nombre que corresponde a su contenido</translation>
    </message>
    <message>
        <source>Slidewright removes private metadata from JPEG, PNG, WebP, GIF, AVIF and TIFF pictures only; convert it to one of them</source>
        <translation>Slidewright solo elimina los metadatos privados de imágenes JPEG, PNG, WebP, GIF, AVIF y TIFF; conviértala a uno de esos formatos</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{count} read-more title with no link yet (add its address): {titles}</source>
        <translation>{count} título de «Lee también» aún sin enlace (añada su dirección): {titles}</translation>
    </message>
    <message>
        <source>{count} read-more titles with no link yet (add their addresses): {titles}</source>
        <translation>{count} títulos de «Lee también» aún sin enlace (añada sus direcciones): {titles}</translation>
    </message>
    <message>
        <source>no credit found on the article&apos;s only slide</source>
        <translation>no se ha encontrado crédito en la única diapositiva del artículo</translation>
    </message>
    <message>
        <source>no credit found on {count} of {total} slides (slide {shown})</source>
        <translation>no se ha encontrado crédito en {count} de {total} diapositivas (diapositiva {shown})</translation>
    </message>
    <message>
        <source>no credit found on {count} of {total} slides (slides {shown})</source>
        <translation>no se ha encontrado crédito en {count} de {total} diapositivas (diapositivas {shown})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>{count} ad</source>
        <translation>{count} anuncio</translation>
    </message>
    <message>
        <source>{count} ads</source>
        <translation>{count} anuncios</translation>
    </message>
    <message>
        <source>{count} share button</source>
        <translation>{count} botón para compartir</translation>
    </message>
    <message>
        <source>{count} share buttons</source>
        <translation>{count} botones para compartir</translation>
    </message>
    <message>
        <source>{count} navigation line</source>
        <translation>{count} línea de navegación</translation>
    </message>
    <message>
        <source>{count} navigation lines</source>
        <translation>{count} líneas de navegación</translation>
    </message>
    <message>
        <source>{count} site link</source>
        <translation>{count} enlace del sitio</translation>
    </message>
    <message>
        <source>{count} site links</source>
        <translation>{count} enlaces del sitio</translation>
    </message>
    <message>
        <source>{count} footer line</source>
        <translation>{count} línea de pie de página</translation>
    </message>
    <message>
        <source>{count} footer lines</source>
        <translation>{count} líneas de pie de página</translation>
    </message>
    <message>
        <source>{count} link to another article</source>
        <translation>{count} enlace a otro artículo</translation>
    </message>
    <message>
        <source>{count} links to other articles</source>
        <translation>{count} enlaces a otros artículos</translation>
    </message>
    <message>
        <source>{count} page furniture line</source>
        <translation>{count} línea del armazón de la página</translation>
    </message>
    <message>
        <source>{count} page furniture lines</source>
        <translation>{count} líneas del armazón de la página</translation>
    </message>
    <message>
        <source>{count} cookie notice line</source>
        <translation>{count} línea del aviso de cookies</translation>
    </message>
    <message>
        <source>{count} cookie notice lines</source>
        <translation>{count} líneas del aviso de cookies</translation>
    </message>
    <message>
        <source>{count} date line</source>
        <translation>{count} línea de fecha</translation>
    </message>
    <message>
        <source>{count} date lines</source>
        <translation>{count} líneas de fecha</translation>
    </message>
    <message>
        <source>{count} breadcrumb</source>
        <translation>{count} ruta de navegación</translation>
    </message>
    <message>
        <source>{count} breadcrumbs</source>
        <translation>{count} rutas de navegación</translation>
    </message>
    <message>
        <source>{count} line after the read-more heading</source>
        <translation>{count} línea después del título «Más para leer»</translation>
    </message>
    <message>
        <source>{count} lines after the read-more heading</source>
        <translation>{count} líneas después del título «Más para leer»</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>navegación</translation>
    </message>
    <message>
        <source>sidebar</source>
        <translation>barra lateral</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>botones para compartir</translation>
    </message>
    <message>
        <source>ads</source>
        <translation>anuncios</translation>
    </message>
    <message>
        <source>sponsored links</source>
        <translation>enlaces patrocinados</translation>
    </message>
    <message>
        <source>cookie notice</source>
        <translation>aviso de cookies</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>enlaces relacionados</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>newsletter sign-up</source>
        <translation>suscripción al boletín</translation>
    </message>
    <message>
        <source>{count} slide heading found from its shape ({how}); {sureness}</source>
        <translation>{count} título de diapositiva reconocido por su forma ({how}); {sureness}</translation>
    </message>
    <message>
        <source>{count} slide headings found from their shape ({how}); {sureness}</source>
        <translation>{count} títulos de diapositiva reconocidos por su forma ({how}); {sureness}</translation>
    </message>
    <message>
        <source>{count} numbered</source>
        <translation>{count} numerados</translation>
    </message>
    <message>
        <source>{count} question</source>
        <translation>{count} pregunta</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} preguntas</translation>
    </message>
    <message>
        <source>{count} short line</source>
        <translation>{count} línea corta</translation>
    </message>
    <message>
        <source>{count} short lines</source>
        <translation>{count} líneas cortas</translation>
    </message>
    <message>
        <source>confidence not worked out for a page this long</source>
        <translation>confianza no calculada para una página tan larga</translation>
    </message>
    <message>
        <source>confidence 100%</source>
        <translation>confianza del 100&#xa0;%</translation>
    </message>
    <message>
        <source>confidence {percent}% or more (lowest: “{heading}”)</source>
        <translation>confianza del {percent}&#xa0;% o más (la más baja: «{heading}»)</translation>
    </message>
    <message>
        <source>credit lines read as the image above each heading</source>
        <translation>líneas de crédito leídas como la imagen sobre cada título</translation>
    </message>
    <message>
        <source>credit lines read as the last line of each slide</source>
        <translation>líneas de crédito leídas como la última línea de cada diapositiva</translation>
    </message>
    <message>
        <source>the line above each credit read as the slide&apos;s caption</source>
        <translation>la línea sobre cada crédito leída como el pie de foto de la diapositiva</translation>
    </message>
    <message>
        <source>captions on {count} slide</source>
        <translation>pies de foto en {count} diapositiva</translation>
    </message>
    <message>
        <source>captions on {count} slides</source>
        <translation>pies de foto en {count} diapositivas</translation>
    </message>
    <message>
        <source>alt text copied with the page on {count} slide</source>
        <translation>texto alternativo copiado con la página en {count} diapositiva</translation>
    </message>
    <message>
        <source>alt text copied with the page on {count} slides</source>
        <translation>texto alternativo copiado con la página en {count} diapositivas</translation>
    </message>
    <message>
        <source>long headings: {headings}</source>
        <translation>títulos largos: {headings}</translation>
    </message>
    <message>
        <source>language “{lang}” from the words of “{byline}”</source>
        <translation>idioma «{lang}» por las palabras de «{byline}»</translation>
    </message>
    <message>
        <source>author and date from “{byline}” under the title</source>
        <translation>autor y fecha tomados de «{byline}» bajo el título</translation>
    </message>
    <message>
        <source>author from “{byline}” under the title</source>
        <translation>autor tomado de «{byline}» bajo el título</translation>
    </message>
    <message>
        <source>date from “{byline}” under the title</source>
        <translation>fecha tomada de «{byline}» bajo el título</translation>
    </message>
    <message>
        <source>author and date from the page&apos;s byline and meta</source>
        <translation>autor y fecha tomados de la firma y los metadatos de la página</translation>
    </message>
    <message>
        <source>author from the page&apos;s byline and meta</source>
        <translation>autor tomado de la firma y los metadatos de la página</translation>
    </message>
    <message>
        <source>date from the page&apos;s byline and meta</source>
        <translation>fecha tomada de la firma y los metadatos de la página</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (one line)</source>
        <translation>categoría «{category}» tomada de la ruta de navegación (una línea)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (numbered list items)</source>
        <translation>categoría «{category}» tomada de la ruta de navegación (elementos de lista numerados)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (one item per line)</source>
        <translation>categoría «{category}» tomada de la ruta de navegación (un elemento por línea)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb</source>
        <translation>categoría «{category}» tomada de la ruta de navegación</translation>
    </message>
    <message>
        <source>category “{category}” from the page&apos;s article data (JSON-LD)</source>
        <translation>categoría «{category}» tomada de los datos de artículo de la página (JSON-LD)</translation>
    </message>
    <message>
        <source>category “{category}” from the label above the title</source>
        <translation>categoría «{category}» tomada del antetítulo</translation>
    </message>
    <message>
        <source>{what} (confidence {percent}%)</source>
        <translation>{what} (confianza del {percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>{count} slide from the post&apos;s gallery (headings from captions)</source>
        <translation>{count} diapositiva de la galería de la entrada (títulos de los pies de foto)</translation>
    </message>
    <message>
        <source>{count} slides from the post&apos;s gallery (headings from captions)</source>
        <translation>{count} diapositivas de la galería de la entrada (títulos de los pies de foto)</translation>
    </message>
    <message>
        <source>HTML nesting below {depth} levels (those tags were read as plain text)</source>
        <translation>anidamiento HTML por debajo de {depth} niveles (esas etiquetas se leyeron como texto sin formato)</translation>
    </message>
    <message>
        <source>linked by rel=&quot;next&quot;</source>
        <translation>enlazadas con rel=&quot;next&quot;</translation>
    </message>
    <message>
        <source>numbered file names linking as next/previous pages</source>
        <translation>nombres de archivo numerados enlazados como páginas siguiente/anterior</translation>
    </message>
    <message>
        <source>numbered file names with the same title</source>
        <translation>nombres de archivo numerados con el mismo título</translation>
    </message>
    <message>
        <source>numbered file names linking as next/previous pages and with the same title</source>
        <translation>nombres de archivo numerados enlazados como páginas siguiente/anterior y con el mismo título</translation>
    </message>
    <message>
        <source>{count} saved pages read as one slideshow ({how}: {first} … {last})</source>
        <translation>{count} páginas guardadas leídas como una sola presentación ({how}: {first} … {last})</translation>
    </message>
    <message>
        <source>read this page alone: the numbered pages beside it ({shown}) neither link to it as next/previous pages nor share its title</source>
        <translation>se leyó solo esta página: las páginas numeradas junto a ella ({shown}) no la enlazan como página siguiente/anterior ni comparten su título</translation>
    </message>
    <message>
        <source>pages without slides: {names}</source>
        <translation>páginas sin diapositivas: {names}</translation>
    </message>
    <message>
        <source>letters misread on the way (UTF-8 read as Windows-1252) put back: {shown}</source>
        <translation>letras mal leídas por el camino (UTF-8 leído como Windows-1252) restauradas: {shown}</translation>
    </message>
    <message>
        <source>an inline data: image near “{hint}”</source>
        <translation>una imagen data: incrustada cerca de «{hint}»</translation>
    </message>
    <message>
        <source>and {count:,} more inline data: image</source>
        <translation>y {count:,} imagen data: incrustada más</translation>
    </message>
    <message>
        <source>and {count:,} more inline data: images</source>
        <translation>y {count:,} imágenes data: incrustadas más</translation>
    </message>
    <message>
        <source>image {src} (not found beside {source})</source>
        <translation>imagen {src} (no encontrada junto a {source})</translation>
    </message>
    <message>
        <source>and {count:,} more image not found beside {source}</source>
        <translation>y {count:,} imagen más no encontrada junto a {source}</translation>
    </message>
    <message>
        <source>and {count:,} more images not found beside {source}</source>
        <translation>y {count:,} imágenes más no encontradas junto a {source}</translation>
    </message>
    <message>
        <source>{src} (more than {most} local images)</source>
        <translation>{src} (más de {most} imágenes locales)</translation>
    </message>
    <message>
        <source>and {count:,} more image (more than {most} local images)</source>
        <translation>y {count:,} imagen más (más de {most} imágenes locales)</translation>
    </message>
    <message>
        <source>and {count:,} more images (more than {most} local images)</source>
        <translation>y {count:,} imágenes más (más de {most} imágenes locales)</translation>
    </message>
    <message>
        <source>{src} (a {scheme}: address, not a file beside {source})</source>
        <translation>{src} (una dirección {scheme}:, no un archivo junto a {source})</translation>
    </message>
    <message>
        <source>{src} (outside the folder of {source})</source>
        <translation>{src} (fuera de la carpeta de {source})</translation>
    </message>
    <message>
        <source>an inline image near “{hint}” (more than {most})</source>
        <translation>una imagen incrustada cerca de «{hint}» (más de {most})</translation>
    </message>
    <message>
        <source>an inline image near “{hint}” ({reason})</source>
        <translation>una imagen incrustada cerca de «{hint}» ({reason})</translation>
    </message>
    <message>
        <source>{old} → {new} ({count} credit)</source>
        <translation>{old} → {new} ({count} crédito)</translation>
    </message>
    <message>
        <source>{old} → {new} ({count} credits)</source>
        <translation>{old} → {new} ({count} créditos)</translation>
    </message>
</context>
<context>
    <name>LibraryRules</name>
    <message>
        <source>{article} (slide {slide})</source>
        <translation>{article} (diapositiva {slide})</translation>
    </message>
    <message>
        <source>{shown}; and 1 more</source>
        <translation>{shown}; y 1 más</translation>
    </message>
    <message>
        <source>{shown}; and {more} more</source>
        <translation>{shown}; y {more} más</translation>
    </message>
    <message>
        <source>&apos;{credit}&apos; in {where}</source>
        <translation>«{credit}» en {where}</translation>
    </message>
    <message>
        <source>the article cannot be read</source>
        <translation>no se puede leer el artículo</translation>
    </message>
    <message>
        <source>{image} is outside the article folder (an absolute path, a link out of it or an address that is no file): no export takes it</source>
        <translation>{image} está fuera de la carpeta del artículo (una ruta absoluta, un enlace que sale de ella o una dirección que no es un archivo): ninguna exportación la incluye</translation>
    </message>
    <message>
        <source>{image} names no picture file in the article folder: no export takes it</source>
        <translation>{image} no corresponde a ningún archivo de imagen de la carpeta del artículo: ninguna exportación la incluye</translation>
    </message>
    <message>
        <source>{image} cannot be read: {problem}</source>
        <translation>no se puede leer {image}: {problem}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>{image} is not an image that opens: {problem}</source>
        <translation>{image} no es una imagen que se pueda abrir: {problem}</translation>
    </message>
    <message>
        <source>this photo is credited &apos;{credit}&apos; here, but {others}: agree on one credit</source>
        <translation>esta foto lleva aquí el crédito «{credit}», pero {others}: acuerden un único crédito</translation>
    </message>
    <message>
        <source>the slide&apos;s licence</source>
        <translation>la licencia de la diapositiva</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence end date</source>
        <translation>la fecha de fin de licencia del archivo de imagen</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), before the article&apos;s date {published}</source>
        <translation>la licencia terminó el {end} ({source}), antes de la fecha del artículo, {published}</translation>
    </message>
    <message>
        <source>the licence end &apos;{text}&apos; ({source}) is not a date: write it as YYYY-MM-DD</source>
        <translation>el fin de licencia «{text}» ({source}) no es una fecha: escríbalo como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), {days} day ago, and the article still shows the photo</source>
        <translation>la licencia terminó el {end} ({source}), hace {days} día, y el artículo sigue mostrando la foto</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), {days} days ago, and the article still shows the photo</source>
        <translation>la licencia terminó el {end} ({source}), hace {days} días, y el artículo sigue mostrando la foto</translation>
    </message>
    <message>
        <source>the licence ends on {end} ({source}), in {days} day: renew it or replace the photo</source>
        <translation>la licencia termina el {end} ({source}), dentro de {days} día: renuévela o cambie la foto</translation>
    </message>
    <message>
        <source>the licence ends on {end} ({source}), in {days} days: renew it or replace the photo</source>
        <translation>la licencia termina el {end} ({source}), dentro de {days} días: renuévela o cambie la foto</translation>
    </message>
    <message>
        <source>a {agency} photo with no licence recorded: add the licence&apos;s end date (and link) in the slide&apos;s Licence section, from the agency&apos;s invoice</source>
        <translation>una foto de {agency} sin licencia registrada: añada la fecha de fin de la licencia (y el enlace) en la sección Licencia de la diapositiva, según la factura de la agencia</translation>
    </message>
    <message>
        <source>{where}, dated {date}</source>
        <translation>{where}, con fecha del {date}</translation>
    </message>
    <message>
        <source>this photo is also used in {uses}: within {days} days of this article</source>
        <translation>esta foto también se usa en {uses}: a menos de {days} días de este artículo</translation>
    </message>
</context>
<context>
    <name>LicenceWarnings</name>
    <message>
        <source>{where}: slide {slide}, image {path}: {reason} (published anyway)</source>
        <translation>{where}: diapositiva {slide}, imagen {path}: {reason} (publicada de todos modos)</translation>
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
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Credit and image findings by slide; Enter goes to the field at fault</source>
        <translation>Incidencias de créditos e imágenes por diapositiva; Intro lleva al campo con el fallo</translation>
    </message>
    <message>
        <source>The selected problem, in full</source>
        <translation>El problema seleccionado, completo</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>Aplicar la corrección propuesta</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>No hay ningún artículo abierto</translation>
    </message>
    <message>
        <source>Checking credits…</source>
        <translation>Comprobando créditos…</translation>
    </message>
    <message>
        <source>The credit check stopped: {reason}</source>
        <translation>La comprobación de créditos se detuvo: {reason}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>Diapositiva {number}: {heading}</translation>
    </message>
    <message>
        <source>Untitled slide</source>
        <translation>Diapositiva sin título</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemas ({count})</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Aplicar corrección</translation>
    </message>
</context>
<context>
    <name>PublishResult</name>
    <message>
        <source>{count} image uploaded</source>
        <translation>{count} imagen subida</translation>
    </message>
    <message>
        <source>{count} images uploaded</source>
        <translation>{count} imágenes subidas</translation>
    </message>
    <message>
        <source>{uploaded}, 1 unchanged</source>
        <translation>{uploaded}, 1 sin cambios</translation>
    </message>
    <message>
        <source>{uploaded}, {count} unchanged</source>
        <translation>{uploaded}, {count} sin cambios</translation>
    </message>
    <message>
        <source>post {post} ({status}) at {link}: {images}.</source>
        <translation>entrada {post} ({status}) en {link}: {images}.</translation>
    </message>
    <message>
        <source>(It was published to {site} before; that record is replaced.)</source>
        <translation>(Ya se había publicado en {site}; ese registro se sustituye).</translation>
    </message>
    <message>
        <source>(Post {post} was deleted on the site; a new post was made.)</source>
        <translation>(La entrada {post} se había eliminado del sitio; se ha creado una entrada nueva).</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>{message} (not fixed here: the file says {says})</source>
        <translation>{message} (no se corrige aquí: el archivo dice {says})</translation>
    </message>
</context>
<context>
    <name>RssExport</name>
    <message>
        <source>slide {number} ({heading}) has no image: the feed carries it in the article&apos;s content only, not as a media:content</source>
        <translation>la diapositiva {number} ({heading}) no tiene imagen: el canal solo la incluye en el contenido del artículo, no como media:content</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>{where}: image {path} is not a picture in the article&apos;s folder: the feed gives slide {number} no media:content</source>
        <translation>{where}: la imagen {path} no es una imagen de la carpeta del artículo: el canal no da media:content a la diapositiva {number}</translation>
    </message>
    <message>
        <source>{where}: image {path} left out: {reason}; the feed gives slide {number} no media:content</source>
        <translation>{where}: imagen {path} descartada: {reason}; el canal no da media:content a la diapositiva {number}</translation>
    </message>
</context>
<context>
    <name>RulesCredit</name>
    <message>
        <source>Use the file&apos;s credit: &quot;{credit}&quot;</source>
        <translation>Usar el crédito del archivo: «{credit}»</translation>
    </message>
    <message>
        <source>the image has no credit</source>
        <translation>la imagen no tiene crédito</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sin prefijo</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot; carries its own label; the page already prints &quot;{label}:&quot; → &quot;{clean}&quot;</source>
        <translation>«{credit}» lleva su propio prefijo; la página ya imprime «{label}:» → «{clean}»</translation>
    </message>
    <message>
        <source>Drop the label: &quot;{clean}&quot;</source>
        <translation>Quitar el prefijo: «{clean}»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot; holds characters that do not show ({hidden}): the page shows one thing, a search reads another → &quot;{fixed}&quot;</source>
        <translation>«{credit}» contiene caracteres que no se ven ({hidden}): la página muestra una cosa y una búsqueda lee otra → «{fixed}»</translation>
    </message>
    <message>
        <source>Write it without them: &quot;{fixed}&quot;</source>
        <translation>Escribirlo sin ellos: «{fixed}»</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; → &quot;{agency}&quot;</source>
        <translation>«{written}» → «{agency}»</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; is written with letters of another alphabet that look Latin → &quot;{agency}&quot;</source>
        <translation>«{written}» está escrito con letras de otro alfabeto que parecen latinas → «{agency}»</translation>
    </message>
    <message>
        <source>Use the house spelling &quot;{agency}&quot;</source>
        <translation>Usar la grafía de la casa «{agency}»</translation>
    </message>
    <message>
        <source>Name the photographer from the file: &quot;{credit}&quot;</source>
        <translation>Nombrar al fotógrafo que indica el archivo: «{credit}»</translation>
    </message>
    <message>
        <source>Write it: &quot;{credit}&quot;</source>
        <translation>Escribirlo así: «{credit}»</translation>
    </message>
    <message>
        <source>{house_form} (the photographer is missing)</source>
        <translation>{house_form} (falta el fotógrafo)</translation>
    </message>
    <message>
        <source>caption text inside the credit: &quot;{caption}&quot;</source>
        <translation>texto de pie de foto dentro del crédito: «{caption}»</translation>
    </message>
    <message>
        <source>Move the caption text into the caption</source>
        <translation>Mover el texto al pie de foto</translation>
    </message>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} y 1 más</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} y {more} más</translation>
    </message>
    <message>
        <source>the image file&apos;s credit lines disagree: {lines}</source>
        <translation>los créditos del archivo de imagen se contradicen: {lines}</translation>
    </message>
    <message>
        <source>the credit is {length} characters long, too long to weigh against the file (the file says {says}; the credit says {typed})</source>
        <translation>el crédito tiene {length} caracteres, demasiado largo para compararlo con el archivo (el archivo dice {says}; el crédito dice {typed})</translation>
    </message>
    <message>
        <source>the file says {says}; the credit says {typed}, which also names {agencies}</source>
        <translation>el archivo dice {says}; el crédito dice {typed}, que también nombra a {agencies}</translation>
    </message>
    <message>
        <source>the file says {says} and names {creators} as its creator; the credit says {typed}</source>
        <translation>el archivo dice {says} e indica {creators} como autor; el crédito dice {typed}</translation>
    </message>
    <message>
        <source>the file says {says}; the credit says {typed}</source>
        <translation>el archivo dice {says}; el crédito dice {typed}</translation>
    </message>
    <message>
        <source>the image file names {creators} as its creator, but the credit does not</source>
        <translation>el archivo de imagen indica {creators} como autor, pero el crédito no</translation>
    </message>
    <message>
        <source>the image file names {creators} as its creator, but the credit does not (the file says {says}; the credit says {typed})</source>
        <translation>el archivo de imagen indica {creators} como autor, pero el crédito no (el archivo dice {says}; el crédito dice {typed})</translation>
    </message>
    <message>
        <source>the file says {says}; the credit leaves out {agency}</source>
        <translation>el archivo dice {says}; el crédito omite {agency}</translation>
    </message>
    <message>
        <source>the file says {says}: the picture came through {distributor}, and the credit leaves out &quot;via {distributor}&quot;</source>
        <translation>el archivo dice {says}: la foto llegó a través de {distributor}, y el crédito omite «via {distributor}»</translation>
    </message>
    <message>
        <source>Add &quot;via {distributor}&quot;: &quot;{credit}&quot;</source>
        <translation>Añadir «via {distributor}»: «{credit}»</translation>
    </message>
    <message>
        <source>the image file disagrees with itself: XMP credit &quot;{xmp}&quot;, IPTC credit &quot;{iptc}&quot;</source>
        <translation>el archivo de imagen se contradice: crédito XMP «{xmp}», crédito IPTC «{iptc}»</translation>
    </message>
    <message>
        <source>the image file disagrees with itself about who made the picture: {first} &quot;{one}&quot;, {second} &quot;{other}&quot;</source>
        <translation>el archivo de imagen se contradice sobre quién hizo la foto: {first} «{one}», {second} «{other}»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: stray spaces at the ends, doubled spaces or punctuation</source>
        <translation>«{credit}»: espacios sobrantes en los extremos, espacios o puntuación duplicados</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: stray spaces at the ends</source>
        <translation>«{credit}»: espacios sobrantes en los extremos</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: doubled spaces or punctuation</source>
        <translation>«{credit}»: espacios o puntuación duplicados</translation>
    </message>
    <message>
        <source>Tidy: &quot;{clean}&quot;</source>
        <translation>Limpiar: «{clean}»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: {words} mixes Latin letters with look-alikes from another alphabet</source>
        <translation>«{credit}»: {words} mezcla letras latinas con otras parecidas de otro alfabeto</translation>
    </message>
    <message>
        <source>Write it in Latin letters: &quot;{clean}&quot;</source>
        <translation>Escribirlo con letras latinas: «{clean}»</translation>
    </message>
    <message>
        <source>mixed © and (c) in this article: use ©</source>
        <translation>© y (c) mezclados en este artículo: use ©</translation>
    </message>
    <message>
        <source>Use ©</source>
        <translation>Usar ©</translation>
    </message>
    <message>
        <source>final period differs from the other credits in this article</source>
        <translation>el punto final no coincide con los demás créditos de este artículo</translation>
    </message>
    <message>
        <source>{count} of {total} slides has no credit yet (slide {shown}): the picture it is waiting for will need one</source>
        <translation>{count} de {total} diapositivas aún no tiene crédito (diapositiva {shown}): la imagen que espera lo necesitará</translation>
    </message>
    <message>
        <source>{count} of {total} slides have no credit yet (slides {shown}): the pictures they are waiting for will need one</source>
        <translation>{count} de {total} diapositivas aún no tienen crédito (diapositivas {shown}): las imágenes que esperan lo necesitarán</translation>
    </message>
    <message>
        <source>the article&apos;s only slide has no credit yet: the picture it is waiting for will need one</source>
        <translation>la única diapositiva del artículo aún no tiene crédito: la imagen que espera lo necesitará</translation>
    </message>
    <message>
        <source>the read-more image for &quot;{title}&quot; has no credit</source>
        <translation>la imagen de «Lee también» de «{title}» no tiene crédito</translation>
    </message>
</context>
<context>
    <name>RulesImage</name>
    <message>
        <source>{image} is not in the article folder</source>
        <translation>{image} no está en la carpeta del artículo</translation>
    </message>
    <message>
        <source>the slide has no image</source>
        <translation>la diapositiva no tiene imagen</translation>
    </message>
    <message>
        <source>all slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>ninguna diapositiva tiene imagen todavía (diapositivas {shown}); elija las imágenes de todas a la vez</translation>
    </message>
    <message>
        <source>{count} of {total} slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>{count} de {total} diapositivas aún no tienen imagen (diapositivas {shown}); elija las imágenes de todas a la vez</translation>
    </message>
    <message>
        <source>{image} is outside the article folder; publishing tools will not find it</source>
        <translation>{image} está fuera de la carpeta del artículo; las herramientas de publicación no la encontrarán</translation>
    </message>
    <message>
        <source>{image} is a plain http address: the published page will not show it, and each reader&apos;s visit is sent to that server; put the picture in the article folder</source>
        <translation>{image} es una dirección http sin cifrar: la página publicada no la mostrará, y cada visita de un lector se comunica a ese servidor; ponga la imagen en la carpeta del artículo</translation>
    </message>
    <message>
        <source>{image} is on another site, not in the article folder: the picture is not checked and its credit cannot be compared with the file</source>
        <translation>{image} está en otro sitio, no en la carpeta del artículo: la imagen no se comprueba y su crédito no se puede comparar con el archivo</translation>
    </message>
    <message>
        <source>{image} is not an image that can be opened ({reason})</source>
        <translation>{image} no es una imagen que se pueda abrir ({reason})</translation>
    </message>
    <message>
        <source>{image} is not an image that can be opened</source>
        <translation>{image} no es una imagen que se pueda abrir</translation>
    </message>
    <message>
        <source>{image} is left out of every export: {reason}</source>
        <translation>{image} queda fuera de todas las exportaciones: {reason}</translation>
    </message>
    <message>
        <source>{width}×{height} px: the shorter side is under the house minimum of {minimum} px</source>
        <translation>{width}×{height} px: el lado menor no llega al mínimo de la casa de {minimum} px</translation>
    </message>
    <message>
        <source>Use the alt text embedded in the image: &quot;{alt}&quot;</source>
        <translation>Usar el texto alternativo incluido en la imagen: «{alt}»</translation>
    </message>
    <message>
        <source>no alt text for readers who cannot see the image</source>
        <translation>falta el texto alternativo para los lectores que no pueden ver la imagen</translation>
    </message>
    <message>
        <source>the alt text only repeats the file name; describe what the image shows</source>
        <translation>el texto alternativo solo repite el nombre del archivo; describa lo que muestra la imagen</translation>
    </message>
    <message>
        <source>the alt text only repeats the heading; describe what the image shows</source>
        <translation>el texto alternativo solo repite el título; describa lo que muestra la imagen</translation>
    </message>
    <message>
        <source>the alt text only repeats the credit; describe what the image shows</source>
        <translation>el texto alternativo solo repite el crédito; describa lo que muestra la imagen</translation>
    </message>
    <message>
        <source>the author (creator)</source>
        <translation>el autor (creator)</translation>
    </message>
    <message>
        <source>a link to the source</source>
        <translation>un enlace a la fuente</translation>
    </message>
    <message>
        <source>the licence name with its version (e.g. CC BY-SA 4.0)</source>
        <translation>el nombre de la licencia con su versión (p. ej., CC BY-SA 4.0)</translation>
    </message>
    <message>
        <source>a link to the licence</source>
        <translation>un enlace a la licencia</translation>
    </message>
    <message>
        <source>Creative Commons credit needs {missing}</source>
        <translation>el crédito Creative Commons necesita {missing}</translation>
    </message>
    <message>
        <source>{agency} pictures come under the {licence}: {note}</source>
        <translation>las imágenes de {agency} están sujetas a la {licence}: {note}</translation>
    </message>
    <message>
        <source>Name the licence: {licence}</source>
        <translation>Indicar la licencia: {licence}</translation>
    </message>
    <message>
        <source>the slide and the image file say editorial use only</source>
        <translation>la diapositiva y el archivo de imagen indican solo uso editorial</translation>
    </message>
    <message>
        <source>the slide says editorial use only</source>
        <translation>la diapositiva indica solo uso editorial</translation>
    </message>
    <message>
        <source>the image file says editorial use only</source>
        <translation>el archivo de imagen indica solo uso editorial</translation>
    </message>
    <message>
        <source>the slide and the image file say editorial use only; it cannot illustrate a sponsored article</source>
        <translation>la diapositiva y el archivo de imagen indican solo uso editorial; no puede ilustrar un artículo patrocinado</translation>
    </message>
    <message>
        <source>the slide says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>la diapositiva indica solo uso editorial; no puede ilustrar un artículo patrocinado</translation>
    </message>
    <message>
        <source>the image file says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>el archivo de imagen indica solo uso editorial; no puede ilustrar un artículo patrocinado</translation>
    </message>
    <message>
        <source>the same image as slide {slide}</source>
        <translation>la misma imagen que en la diapositiva {slide}</translation>
    </message>
</context>
<context>
    <name>RulesLicence</name>
    <message>
        <source>the slide&apos;s Licence from</source>
        <translation>«Licencia desde» de la diapositiva</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence start date</source>
        <translation>la fecha de inicio de licencia del archivo de imagen</translation>
    </message>
    <message>
        <source>the slide&apos;s Licence until</source>
        <translation>«Licencia hasta» de la diapositiva</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence end date</source>
        <translation>la fecha de fin de licencia del archivo de imagen</translation>
    </message>
    <message>
        <source>Licence from is &apos;{text}&apos;, which is not a date: write it as YYYY-MM-DD</source>
        <translation>«Licencia desde» es «{text}», que no es una fecha: escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>The picture file&apos;s licence start date is &apos;{text}&apos;, which is not a date: write the start in the slide&apos;s Licence from as YYYY-MM-DD</source>
        <translation>La fecha de inicio de licencia del archivo de imagen es «{text}», que no es una fecha: escriba el inicio en «Licencia desde» de la diapositiva como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Licence until is &apos;{text}&apos;, which is not a date: write it as YYYY-MM-DD</source>
        <translation>«Licencia hasta» es «{text}», que no es una fecha: escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>The picture file&apos;s licence end date is &apos;{text}&apos;, which is not a date: write the end in the slide&apos;s Licence until as YYYY-MM-DD</source>
        <translation>La fecha de fin de licencia del archivo de imagen es «{text}», que no es una fecha: escriba el fin en «Licencia hasta» de la diapositiva como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>The licence ended on {end} ({source}), before the article&apos;s date {published}: this picture may not be published on that date</source>
        <translation>La licencia terminó el {end} ({source}), antes de la fecha del artículo, {published}: esta imagen no puede publicarse en esa fecha</translation>
    </message>
    <message>
        <source>The licence ended on {end} ({source}) and the article has no date yet: published today ({today}) or later, it would show this picture without a licence</source>
        <translation>La licencia terminó el {end} ({source}) y el artículo aún no tiene fecha: publicado hoy ({today}) o más tarde, mostraría esta imagen sin licencia</translation>
    </message>
    <message>
        <source>The licence starts on {start} ({source}), after the article&apos;s date {published}: this picture may not be published on that date</source>
        <translation>La licencia empieza el {start} ({source}), después de la fecha del artículo, {published}: esta imagen no puede publicarse en esa fecha</translation>
    </message>
    <message>
        <source>The licence starts on {start} ({start_source}), after it ends on {end} ({end_source}): one of the two dates is wrong</source>
        <translation>La licencia empieza el {start} ({start_source}), después de terminar el {end} ({end_source}): una de las dos fechas es errónea</translation>
    </message>
    <message>
        <source>The licence ends on {end} ({source}), in {days} day, and the article is not published yet: renew the licence, or choose a picture that stays licensed</source>
        <translation>La licencia termina el {end} ({source}), dentro de {days} día, y el artículo aún no está publicado: renueve la licencia o elija una imagen que siga con licencia</translation>
    </message>
    <message>
        <source>The licence ends on {end} ({source}), in {days} days, and the article is not published yet: renew the licence, or choose a picture that stays licensed</source>
        <translation>La licencia termina el {end} ({source}), dentro de {days} días, y el artículo aún no está publicado: renueve la licencia o elija una imagen que siga con licencia</translation>
    </message>
</context>
<context>
    <name>RulesProvenance</name>
    <message>
        <source>its Content Credentials say it is {kind}</source>
        <translation>según sus credenciales de contenido, la imagen es {kind}</translation>
    </message>
    <message>
        <source>the image file says it is {kind}</source>
        <translation>según el archivo de imagen, la imagen es {kind}</translation>
    </message>
    <message>
        <source>{kind}, but neither credit nor caption says so</source>
        <translation>{kind}, pero ni el crédito ni el pie de foto lo dicen</translation>
    </message>
    <message>
        <source>Add &quot;{wording}&quot; to the caption</source>
        <translation>Añadir «{wording}» al pie de foto</translation>
    </message>
    <message>
        <source>{kind}, but neither credit nor caption says it is computer-generated or a composite</source>
        <translation>{kind}, pero ni el crédito ni el pie de foto dicen que es generada por ordenador o un montaje</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials could not be read ({why})</source>
        <translation>no se pudieron leer las credenciales de contenido de la imagen ({why})</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials do not hold: {failures} (signed by {signer}); do not rely on what they say</source>
        <translation>las credenciales de contenido de la imagen no se sostienen: {failures} (firmadas por {signer}); no se fíe de lo que dicen</translation>
    </message>
    <message>
        <source>the Content Credentials name {authors} as author; the credit says &quot;{credit}&quot;</source>
        <translation>las credenciales de contenido nombran a {authors} como autor; el crédito dice «{credit}»</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;, which also names {agencies}</source>
        <translation>las credenciales de contenido las firmó {signer}; el crédito dice «{credit}», que también nombra a {agencies}</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>las credenciales de contenido las firmó {signer}; el crédito dice «{credit}»</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by a certificate not in your trust list that names {signer}; the credit says &quot;{credit}&quot;, which also names {agencies}</source>
        <translation>las credenciales de contenido las firmó un certificado que no está en su lista de confianza y que nombra a {signer}; el crédito dice «{credit}», que también nombra a {agencies}</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by a certificate not in your trust list that names {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>las credenciales de contenido las firmó un certificado que no está en su lista de confianza y que nombra a {signer}; el crédito dice «{credit}»</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials say it must not be used to train AI (publishing it is fine; keep it out of training sets)</source>
        <translation>según las credenciales de contenido de la imagen, no debe usarse para entrenar IA (se puede publicar; manténgala fuera de los conjuntos de entrenamiento)</translation>
    </message>
</context>
<context>
    <name>RulesPublishing</name>
    <message>
        <source>The headline is {length} characters: search engines show {limit} and cut the rest (Google&apos;s article headline); say it in fewer words</source>
        <translation>El titular tiene {length} caracteres: los buscadores muestran {limit} y cortan el resto (titular de artículo de Google); dígalo con menos palabras</translation>
    </message>
    <message>
        <source>{agency} picture without a licence: name the licence you bought (e.g. Standard licence, Editorial use only) and link its terms, so the page&apos;s image data can say it</source>
        <translation>imagen de {agency} sin licencia: indique la licencia que compró (p. ej., licencia estándar, solo uso editorial) y enlace sus condiciones, para que los datos de imagen de la página puedan indicarla</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>lang: {value} is not a language tag, so the page says {fallback}: write a BCP 47 tag such as fr or pt-BR</source>
        <translation>lang: {value} no es una etiqueta de idioma, así que la página dice {fallback}: escriba una etiqueta BCP 47 como fr o pt-BR</translation>
    </message>
    <message>
        <source>The headline is {length} characters: newsroom systems take at most {limit} (the IPTC headline field); shorten it</source>
        <translation>El titular tiene {length} caracteres: los sistemas de redacción admiten como máximo {limit} (el campo de titular IPTC); acórtelo</translation>
    </message>
    <message>
        <source>The heading is {length} characters: a heading is a headline, and newsroom systems take at most {limit}; shorten it or move the rest into the text</source>
        <translation>El encabezado tiene {length} caracteres: un encabezado es un titular, y los sistemas de redacción admiten como máximo {limit}; acórtelo o pase el resto al texto</translation>
    </message>
    <message>
        <source>The caption is {length} characters: a picture&apos;s caption holds at most {limit} (the IPTC caption field); shorten it or move the rest into the text</source>
        <translation>El pie de foto tiene {length} caracteres: el pie de una imagen admite como máximo {limit} (el campo de pie de foto IPTC); acórtelo o pase el resto al texto</translation>
    </message>
    <message>
        <source>{field} holds an address with a user name or password in it ({address}): the page would publish it; remove the part before @ (and change the password if it was real)</source>
        <translation>{field} contiene una dirección con un nombre de usuario o una contraseña ({address}): la página la publicaría; quite la parte anterior a @ (y cambie la contraseña si era real)</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>the article is dated {date}, in the future: Hugo builds no page for it unless buildFuture is set. The hugo.toml written sets buildFuture = true, so the page is built now; remove that line to hold it back until its date</source>
        <translation>el artículo tiene fecha del {date}, en el futuro: Hugo no genera su página salvo que se active buildFuture. El hugo.toml escrito pone buildFuture = true, así que la página se genera ya; quite esa línea para retenerla hasta su fecha</translation>
    </message>
    <message>
        <source>the article is dated {date}, in the future: Hugo builds no page for it (it says only &apos;Pages 0&apos;) until then. Set buildFuture = true in {file} to publish it now, or change the article&apos;s date</source>
        <translation>el artículo tiene fecha del {date}, en el futuro: Hugo no genera su página hasta entonces (solo dice «Pages 0»). Ponga buildFuture = true en {file} para publicarlo ya, o cambie la fecha del artículo</translation>
    </message>
    <message>
        <source>{file} does not name the theme &apos;{theme}&apos; the article&apos;s layout is in: add theme = [&quot;{theme}&quot;] (or add it to the list of themes), or Hugo shows no slides</source>
        <translation>{file} no nombra el tema «{theme}» en el que está la plantilla del artículo: añada theme = [&quot;{theme}&quot;] (o añádalo a la lista de temas), o Hugo no mostrará ninguna diapositiva</translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message>
        <source>image {path} left out: {reason}</source>
        <translation>imagen {path} descartada: {reason}</translation>
    </message>
    <message>
        <source>the full-size picture {names} was left out of the site: its metadata could not be cleaned (the page shows its renditions)</source>
        <translation>la imagen {names} a tamaño completo se ha dejado fuera del sitio: no se pudieron limpiar sus metadatos (la página muestra sus versiones reducidas)</translation>
    </message>
    <message>
        <source>the full-size pictures {names} were left out of the site: their metadata could not be cleaned (the page shows their renditions)</source>
        <translation>las imágenes {names} a tamaño completo se han dejado fuera del sitio: no se pudieron limpiar sus metadatos (la página muestra sus versiones reducidas)</translation>
    </message>
</context>
<context>
    <name>SourceTypes</name>
    <message>
        <source>camera capture</source>
        <translation>captura de cámara</translation>
    </message>
    <message>
        <source>camera capture, computationally processed</source>
        <translation>captura de cámara, procesada computacionalmente</translation>
    </message>
    <message>
        <source>scan of a film negative</source>
        <translation>escaneo de un negativo</translation>
    </message>
    <message>
        <source>scan of a film positive</source>
        <translation>escaneo de un positivo</translation>
    </message>
    <message>
        <source>scan of a print</source>
        <translation>escaneo de una copia en papel</translation>
    </message>
    <message>
        <source>edited by a person</source>
        <translation>editada por una persona</translation>
    </message>
    <message>
        <source>minor edits by a person</source>
        <translation>con retoques menores de una persona</translation>
    </message>
    <message>
        <source>composite of captures</source>
        <translation>composición de capturas</translation>
    </message>
    <message>
        <source>enhanced by software</source>
        <translation>mejorada por software</translation>
    </message>
    <message>
        <source>made from data</source>
        <translation>creada a partir de datos</translation>
    </message>
    <message>
        <source>digital art</source>
        <translation>arte digital</translation>
    </message>
    <message>
        <source>screen or virtual recording</source>
        <translation>grabación de pantalla o virtual</translation>
    </message>
    <message>
        <source>composite including synthetic elements</source>
        <translation>composición con elementos sintéticos</translation>
    </message>
    <message>
        <source>generated by AI</source>
        <translation>generada por IA</translation>
    </message>
    <message>
        <source>composite with AI-generated elements</source>
        <translation>composición con elementos generados por IA</translation>
    </message>
    <message>
        <source>generated by an algorithm, not by an AI model</source>
        <translation>generada por un algoritmo, no por un modelo de IA</translation>
    </message>
    <message>
        <source>screen capture</source>
        <translation>captura de pantalla</translation>
    </message>
    <message>
        <source>made with software</source>
        <translation>hecha con software</translation>
    </message>
</context>
<context>
    <name>SpellDictionary</name>
    <message>
        <source>spell checking is off: no dictionary for {language} (install a Hunspell dictionary for it from your system&apos;s packages)</source>
        <translation>la corrección ortográfica está desactivada: no hay diccionario para {language} (instale un diccionario Hunspell para ese idioma desde los paquetes de su sistema)</translation>
    </message>
    <message>
        <source>spell checking is off: no dictionary for {language} (on Debian or Ubuntu, install {packages})</source>
        <translation>la corrección ortográfica está desactivada: no hay diccionario para {language} (en Debian o Ubuntu, instale {packages})</translation>
    </message>
    <message>
        <source>spell checking is off: Enchant is not installed ({error})</source>
        <translation>la corrección ortográfica está desactivada: Enchant no está instalado ({error})</translation>
    </message>
    <message>
        <source>no dictionary for {language}: spelling is checked in {near}</source>
        <translation>no hay diccionario para {language}: la ortografía se comprueba en {near}</translation>
    </message>
    <message>
        <source>spell checking is off: {error}</source>
        <translation>la corrección ortográfica está desactivada: {error}</translation>
    </message>
</context>
</TS>
