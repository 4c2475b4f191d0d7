<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Agency</name>
    <message>
        <source>{agency} credits read &quot;{example}&quot;</source>
        <translation>حقوق {agency} تُكتب هكذا: «{example}»</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>slide {number}: Content Credentials of {image}: {summary}</source>
        <translation>الشريحة {number}: بيانات اعتماد المحتوى لـ‎{image}‎: {summary}</translation>
    </message>
</context>
<context>
    <name>ContentCredentials</name>
    <message>
        <source>an unnamed signer</source>
        <translation>موقِّع غير مسمّى</translation>
    </message>
    <message>
        <source>{signer}, a name that mixes letters of two alphabets</source>
        <translation>{signer}، اسم يخلط حروفًا من أبجديتين</translation>
    </message>
    <message>
        <source>valid, signer in your trust list</source>
        <translation>صالحة، والموقِّع في قائمة الثقة لديك</translation>
    </message>
    <message>
        <source>valid, signer not in your trust list</source>
        <translation>صالحة، لكن الموقِّع ليس في قائمة الثقة لديك</translation>
    </message>
    <message>
        <source>NOT valid: {failure}</source>
        <translation>غير صالحة: {failure}</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>فشل أحد الفحوص</translation>
    </message>
    <message>
        <source>could not be read: {failure}</source>
        <translation>تعذّرت قراءتها: {failure}</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>تعذّرت قراءتها</translation>
    </message>
    <message>
        <source>signed by {signer}</source>
        <translation>وقّعها {signer}</translation>
    </message>
</context>
<context>
    <name>CredentialAction</name>
    <message>
        <source>with {software}</source>
        <translation>باستخدام {software}</translation>
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
        <translation>غُيّرت الصورة بعد توقيعها</translation>
    </message>
    <message>
        <source>a statement in the credentials was changed after signing</source>
        <translation>غُيّر بيان في بيانات الاعتماد بعد التوقيع</translation>
    </message>
    <message>
        <source>a statement the signature covers is missing</source>
        <translation>بيان يشمله التوقيع مفقود</translation>
    </message>
    <message>
        <source>the signature does not match what was signed</source>
        <translation>التوقيع لا يطابق ما وُقِّع</translation>
    </message>
    <message>
        <source>the credentials carry no signature</source>
        <translation>بيانات الاعتماد لا تحمل توقيعًا</translation>
    </message>
    <message>
        <source>it was signed outside the certificate&apos;s validity</source>
        <translation>وُقِّعت خارج مدة صلاحية الشهادة</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked</source>
        <translation>أُلغيت شهادة الموقِّع</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired</source>
        <translation>كانت شهادة الموقِّع منتهية الصلاحية</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate may not sign credentials</source>
        <translation>شهادة الموقِّع لا يجوز لها توقيع بيانات الاعتماد</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is malformed</source>
        <translation>شهادة الموقِّع مشوَّهة</translation>
    </message>
    <message>
        <source>the credentials point to a manifest that is not in the file</source>
        <translation>تشير بيانات الاعتماد إلى بيان (manifest) غير موجود في الملف</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>placed into another picture</source>
        <translation>وُضعت في صورة أخرى</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>حُرِّرت</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>ضُبطت ألوانها</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>قُصّت</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>غُيّر حجمها</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>أُعيد ترميزها</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>حُوِّلت</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>رُشِّحت</translation>
    </message>
    <message>
        <source>drawn on</source>
        <translation>رُسم عليها</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>دُوِّرت</translation>
    </message>
    <message>
        <source>published</source>
        <translation>نُشرت</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>حُجب جزء منها</translation>
    </message>
    <message>
        <source>something removed</source>
        <translation>حُذف منها شيء</translation>
    </message>
    <message>
        <source>repackaged</source>
        <translation>أُعيد تغليفها</translation>
    </message>
    <message>
        <source>the file names no active manifest</source>
        <translation>الملف لا يسمّي بيانًا (manifest) نشطًا</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{text} is not a date: the year must be between 1 and 9999</source>
        <translation>{text} ليس تاريخًا: يجب أن تكون السنة بين 1 و9999</translation>
    </message>
    <message>
        <source>{text} is not a date: there is no month {month}</source>
        <translation>{text} ليس تاريخًا: لا يوجد شهر {month}</translation>
    </message>
    <message>
        <source>{text} is not a date: {name} {year} has {days} days</source>
        <translation>{text} ليس تاريخًا: عدد أيام {name} {year} هو {days}</translation>
    </message>
    <message>
        <source>{text} is not a date: {name} is not the name of a month</source>
        <translation>{text} ليس تاريخًا: {name} ليس اسم شهر</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <source>{text} could mean two different days; write the year first (2026-01-05) or the month as a word (5 Jan 2026)</source>
        <translation>{text} قد يعني يومين مختلفين؛ اكتب السنة أولًا (2026-01-05) أو اسم الشهر بالحروف (5 Jan 2026)</translation>
    </message>
    <message>
        <source>{text} is not a date Slidewright understands; write it like 2026-01-05, 5 Jan 2026 or Jan 5, 2026</source>
        <translation>{text} ليس تاريخًا يفهمه Slidewright؛ اكتبه هكذا: 2026-01-05 أو 5 Jan 2026 أو Jan 5, 2026</translation>
    </message>
    <message>
        <source>{text} is not written as a date like 2026-11-27</source>
        <translation>{text} ليس مكتوبًا كتاريخ مثل 2026-11-27</translation>
    </message>
    <message>
        <source>{text} is not a time of day (hours 0-23, minutes and seconds 0-59)</source>
        <translation>{text} ليس وقتًا من اليوم (الساعات 0-23، والدقائق والثواني 0-59)</translation>
    </message>
    <message>
        <source>{text} has a time zone offset that does not exist</source>
        <translation>{text} فيه فرق توقيت غير موجود</translation>
    </message>
</context>
<context>
    <name>ExportCredentials</name>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} وواحدة أخرى</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} و{count} غيرها</translation>
    </message>
    <message>
        <source>Content Credentials not carried over for {pictures}: published pictures carry a manifest only when signed anew (a signing certificate in Preferences, or --c2pa-cert and --c2pa-key)</source>
        <translation>لم تُنقل بيانات اعتماد المحتوى لـ{pictures}: الصور المنشورة تحمل بيانًا (manifest) فقط إذا وُقِّعت من جديد (شهادة توقيع في التفضيلات، أو --c2pa-cert و--c2pa-key)</translation>
    </message>
    <message>
        <source>{file}: Content Credentials not written ({error})</source>
        <translation>{file}‎: لم تُكتب بيانات اعتماد المحتوى ({error})</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>no base URL (the Export dialog&apos;s Base URL, or --base-url): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>لا عنوان URL أساسي (العنوان الأساسي في نافذة التصدير، أو --base-url): ليس للصفحة عنوان معياري، ولا تحصل بطاقات المشاركة ومحركات البحث على عنوان للصورة</translation>
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
الإصلاح: {fix}</translation>
    </message>
    <message>
        <source>{severity}: {message} ({rule}).</source>
        <translation>{severity}: {message} ({rule}).</translation>
    </message>
    <message>
        <source>{severity}: {message} ({rule}). Fix: {fix}.</source>
        <translation>{severity}: {message} ({rule}). الإصلاح: {fix}.</translation>
    </message>
    <message>
        <source>{severity} on the article: {message}</source>
        <translation>{severity} في المقال: {message}</translation>
    </message>
    <message>
        <source>{severity} on slide {slide}: {message}</source>
        <translation>{severity} في الشريحة {slide}: {message}</translation>
    </message>
    <message>
        <source>{row}; fix: {fix}</source>
        <translation>{row}؛ الإصلاح: {fix}</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>لم يُعثر على مشكلات</translation>
    </message>
    <message>
        <source>{count} {severity}</source>
        <translation>{severity}: {count}</translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {notes}</source>
        <translation>{errors}، {warnings}، {notes}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>أخطاء</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>note</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>Choose Images for All Slides…</source>
        <translation>اختيار صور لكل الشرائح…</translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <source>{folder} is as it was before this export</source>
        <translation>بقي {folder} كما كان قبل هذا التصدير</translation>
    </message>
    <message>
        <source>nothing was written to {folder}</source>
        <translation>لم يُكتب شيء في {folder}</translation>
    </message>
    <message>
        <source>the export stopped ({why}); {left}</source>
        <translation>توقّف التصدير ({why})؛ {left}</translation>
    </message>
    <message>
        <source>written straight into {folder} ({why}): if the export is interrupted, the folder holds part of it</source>
        <translation>كُتب مباشرةً في {folder} ({why}): إذا انقطع التصدير فسيحتوي المجلد على جزء منه فقط</translation>
    </message>
    <message>
        <source>the earlier export was kept at {old}: files saved into {folder} during the export could not be moved over ({why})</source>
        <translation>احتُفظ بالتصدير السابق في {old}: تعذّر نقل الملفات المحفوظة في {folder} أثناء التصدير ({why})</translation>
    </message>
</context>
<context>
    <name>HistoryChanges</name>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>credit label</source>
        <translation>تسمية الحقوق</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>sponsored</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>publish location</source>
        <translation>نشر المواقع الجغرافية</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>الاستهلال</translation>
    </message>
    <message>
        <source>read more</source>
        <translation>«اقرأ المزيد»</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>{count} slide edited</source>
        <translation>عُدِّلت {count} شريحة</translation>
    </message>
    <message>
        <source>{count} slides edited</source>
        <translation>عُدِّل {count} من الشرائح</translation>
    </message>
    <message>
        <source>{count} slide added</source>
        <translation>أُضيفت {count} شريحة</translation>
    </message>
    <message>
        <source>{count} slides added</source>
        <translation>أُضيف {count} من الشرائح</translation>
    </message>
    <message>
        <source>{count} slide removed</source>
        <translation>حُذفت {count} شريحة</translation>
    </message>
    <message>
        <source>{count} slides removed</source>
        <translation>حُذف {count} من الشرائح</translation>
    </message>
    <message>
        <source>{count} slide moved</source>
        <translation>نُقلت {count} شريحة</translation>
    </message>
    <message>
        <source>{count} slides moved</source>
        <translation>نُقل {count} من الشرائح</translation>
    </message>
    <message>
        <source>{count} edited</source>
        <translation>المعدَّلة: {count}</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>المضافة: {count}</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>المحذوفة: {count}</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>المنقولة: {count}</translation>
    </message>
    <message>
        <source>First version kept: {count} slide</source>
        <translation>أول نسخة محفوظة: {count} شريحة</translation>
    </message>
    <message>
        <source>First version kept: {count} slides</source>
        <translation>أول نسخة محفوظة: {count} من الشرائح</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>تغيّر: {fields}</translation>
    </message>
    <message>
        <source>{slides}; {fields}</source>
        <translation>{slides}؛ {fields}</translation>
    </message>
    <message>
        <source>No change to the text</source>
        <translation>لا تغيير في النص</translation>
    </message>
</context>
<context>
    <name>HistoryDiff</name>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>{author} (resolved)</source>
        <translation>{author} (محلولة)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>{state}, moved</source>
        <translation>{state}، ونُقلت</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Slide {number}: {title}</source>
        <translation>الشريحة {number}: {title}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>لم تتغير</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>عُدِّلت</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Restore this slide</source>
        <translation>استعادة هذه الشريحة</translation>
    </message>
    <message>
        <source>{count} slide unchanged.</source>
        <translation>{count} شريحة لم تتغير.</translation>
    </message>
    <message>
        <source>{count} slides unchanged.</source>
        <translation>{count} من الشرائح لم تتغير.</translation>
    </message>
    <message>
        <source>The text is the same.</source>
        <translation>النص هو نفسه.</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>image {path} left out: its metadata could not be cleaned</source>
        <translation>أُغفلت الصورة ‎{path}‎: تعذّر تنظيف بياناتها الوصفية</translation>
    </message>
</context>
<context>
    <name>ImageDamage</name>
    <message>
        <source>the file ends in the middle of the picture (a copy or download that stopped half-way?); copy it again from the original</source>
        <translation>الملف ينتهي في منتصف الصورة (نسخ أو تنزيل توقّف في منتصفه؟)؛ انسخه مجددًا من الأصل</translation>
    </message>
    <message>
        <source>it is an SVG drawing (a document that can run scripts), not the {format} picture its name says; export it as a picture, or name it .svg</source>
        <translation>إنه رسم SVG (مستند يمكنه تشغيل نصوص برمجية)، لا صورة {format} كما يقول اسمه؛ صدّره صورةً، أو سمِّه ‎.svg</translation>
    </message>
    <message>
        <source>it is a {found} file, not the {format} picture its name says; save it again as {format} or give it the name its content has</source>
        <translation>إنه ملف {found}، لا صورة {format} كما يقول اسمه؛ احفظه مجددًا بصيغة {format} أو أعطه الاسم الذي يطابق محتواه</translation>
    </message>
    <message>
        <source>its picture data is damaged and does not decode; copy it again from the original</source>
        <translation>بيانات الصورة تالفة ولا يمكن فكّ ترميزها؛ انسخها مجددًا من الأصل</translation>
    </message>
</context>
<context>
    <name>ImageProblems</name>
    <message>
        <source>{where}: image {path} not found in the article&apos;s folder; published without it</source>
        <translation>{where}: لم يُعثر على الصورة ‎{path}‎ في مجلد المقال؛ نُشر من دونها</translation>
    </message>
    <message>
        <source>{where}: image {path} is not a readable SVG; published without it</source>
        <translation>{where}: الصورة ‎{path}‎ ليست ملف SVG مقروءًا؛ نُشر من دونها</translation>
    </message>
    <message>
        <source>{where}: image {path} is not published: {reason}</source>
        <translation>{where}: الصورة ‎{path}‎ لا تُنشر: {reason}</translation>
    </message>
    <message>
        <source>{where}: image {path} left out: {reason}</source>
        <translation>{where}: أُغفلت الصورة ‎{path}‎: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageRights</name>
    <message>
        <source>{what}: ExifTool did not finish: {error}</source>
        <translation>{what}: لم يكتمل ExifTool: {error}</translation>
    </message>
    <message>
        <source>{what}: credits not written</source>
        <translation>{what}: لم تُكتب الحقوق</translation>
    </message>
    <message>
        <source>its content is {found}, not the {named} picture its name says</source>
        <translation>محتواها {found}، لا صورة {named} كما يقول اسمها</translation>
    </message>
    <message>
        <source>the file is cut off or damaged</source>
        <translation>الملف مبتور أو تالف</translation>
    </message>
    <message>
        <source>ExifTool could not write it ({text})</source>
        <translation>تعذّر على ExifTool كتابته ({text})</translation>
    </message>
    <message>
        <source>{name}: its credits could not be written: {why}</source>
        <translation>{name}: تعذّرت كتابة حقوقها: {why}</translation>
    </message>
    <message>
        <source>its name says SVG drawing but its content is not one; give it the name its content has</source>
        <translation>يقول اسمه إنه رسم SVG لكن محتواه ليس كذلك؛ أعطه الاسم الذي يطابق محتواه</translation>
    </message>
    <message>
        <source>Slidewright removes private metadata from JPEG, PNG, WebP, GIF, AVIF and TIFF pictures only; convert it to one of them</source>
        <translation>لا يزيل Slidewright البيانات الوصفية الخاصة إلا من صور JPEG وPNG وWebP وGIF وAVIF وTIFF؛ حوّلها إلى أحد هذه الصيغ</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>{count} read-more title with no link yet (add its address): {titles}</source>
        <translation>{count} عنوان «اقرأ المزيد» بلا رابط بعد (أضف عنوانه): {titles}</translation>
    </message>
    <message>
        <source>{count} read-more titles with no link yet (add their addresses): {titles}</source>
        <translation>{count} من عناوين «اقرأ المزيد» بلا رابط بعد (أضف عناوينها): {titles}</translation>
    </message>
    <message>
        <source>no credit found on the article&apos;s only slide</source>
        <translation>لم يُعثر على حقوق في الشريحة الوحيدة للمقال</translation>
    </message>
    <message>
        <source>no credit found on {count} of {total} slides (slide {shown})</source>
        <translation>لم يُعثر على حقوق في {count} من الشرائح (من أصل {total}؛ الشريحة {shown})</translation>
    </message>
    <message>
        <source>no credit found on {count} of {total} slides (slides {shown})</source>
        <translation>لم يُعثر على حقوق في {count} من الشرائح (من أصل {total}؛ الشرائح {shown})</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>{count} ad</source>
        <translation>{count} إعلان</translation>
    </message>
    <message>
        <source>{count} ads</source>
        <translation>{count} إعلانات</translation>
    </message>
    <message>
        <source>{count} share button</source>
        <translation>{count} زر مشاركة</translation>
    </message>
    <message>
        <source>{count} share buttons</source>
        <translation>{count} أزرار مشاركة</translation>
    </message>
    <message>
        <source>{count} navigation line</source>
        <translation>{count} سطر تنقّل</translation>
    </message>
    <message>
        <source>{count} navigation lines</source>
        <translation>{count} أسطر تنقّل</translation>
    </message>
    <message>
        <source>{count} site link</source>
        <translation>{count} رابط للموقع</translation>
    </message>
    <message>
        <source>{count} site links</source>
        <translation>{count} روابط للموقع</translation>
    </message>
    <message>
        <source>{count} footer line</source>
        <translation>{count} سطر تذييل</translation>
    </message>
    <message>
        <source>{count} footer lines</source>
        <translation>{count} أسطر تذييل</translation>
    </message>
    <message>
        <source>{count} link to another article</source>
        <translation>{count} رابط إلى مقال آخر</translation>
    </message>
    <message>
        <source>{count} links to other articles</source>
        <translation>{count} روابط إلى مقالات أخرى</translation>
    </message>
    <message>
        <source>{count} page furniture line</source>
        <translation>{count} سطر من هيكل الصفحة</translation>
    </message>
    <message>
        <source>{count} page furniture lines</source>
        <translation>{count} أسطر من هيكل الصفحة</translation>
    </message>
    <message>
        <source>{count} cookie notice line</source>
        <translation>{count} سطر من إشعار ملفات تعريف الارتباط</translation>
    </message>
    <message>
        <source>{count} cookie notice lines</source>
        <translation>{count} أسطر من إشعار ملفات تعريف الارتباط</translation>
    </message>
    <message>
        <source>{count} date line</source>
        <translation>{count} سطر تاريخ</translation>
    </message>
    <message>
        <source>{count} date lines</source>
        <translation>{count} أسطر تاريخ</translation>
    </message>
    <message>
        <source>{count} breadcrumb</source>
        <translation>{count} مسار تنقّل</translation>
    </message>
    <message>
        <source>{count} breadcrumbs</source>
        <translation>{count} مسارات تنقّل</translation>
    </message>
    <message>
        <source>{count} line after the read-more heading</source>
        <translation>{count} سطر بعد عنوان «اقرأ أيضًا»</translation>
    </message>
    <message>
        <source>{count} lines after the read-more heading</source>
        <translation>{count} أسطر بعد عنوان «اقرأ أيضًا»</translation>
    </message>
    <message>
        <source>navigation</source>
        <translation>التنقّل</translation>
    </message>
    <message>
        <source>sidebar</source>
        <translation>الشريط الجانبي</translation>
    </message>
    <message>
        <source>form</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>أزرار المشاركة</translation>
    </message>
    <message>
        <source>ads</source>
        <translation>إعلانات</translation>
    </message>
    <message>
        <source>sponsored links</source>
        <translation>روابط مموّلة</translation>
    </message>
    <message>
        <source>cookie notice</source>
        <translation>إشعار ملفات تعريف الارتباط</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>روابط ذات صلة</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>newsletter sign-up</source>
        <translation>الاشتراك في النشرة البريدية</translation>
    </message>
    <message>
        <source>{count} slide heading found from its shape ({how}); {sureness}</source>
        <translation>{count} عنوان شريحة عُرف من شكله ({how})؛ {sureness}</translation>
    </message>
    <message>
        <source>{count} slide headings found from their shape ({how}); {sureness}</source>
        <translation>{count} عناوين شرائح عُرفت من شكلها ({how})؛ {sureness}</translation>
    </message>
    <message>
        <source>{count} numbered</source>
        <translation>{count} مرقّمة</translation>
    </message>
    <message>
        <source>{count} question</source>
        <translation>{count} سؤال</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} أسئلة</translation>
    </message>
    <message>
        <source>{count} short line</source>
        <translation>{count} سطر قصير</translation>
    </message>
    <message>
        <source>{count} short lines</source>
        <translation>{count} أسطر قصيرة</translation>
    </message>
    <message>
        <source>confidence not worked out for a page this long</source>
        <translation>لم تُحسب درجة الثقة لصفحة بهذا الطول</translation>
    </message>
    <message>
        <source>confidence 100%</source>
        <translation>الثقة 100٪</translation>
    </message>
    <message>
        <source>confidence {percent}% or more (lowest: “{heading}”)</source>
        <translation>الثقة {percent}٪ أو أكثر (الأدنى: «{heading}»)</translation>
    </message>
    <message>
        <source>credit lines read as the image above each heading</source>
        <translation>قُرئت أسطر الإسناد على أنها الصورة فوق كل عنوان</translation>
    </message>
    <message>
        <source>credit lines read as the last line of each slide</source>
        <translation>قُرئت أسطر الإسناد على أنها السطر الأخير من كل شريحة</translation>
    </message>
    <message>
        <source>the line above each credit read as the slide&apos;s caption</source>
        <translation>قُرئ السطر الذي فوق كل إسناد على أنه تعليق الشريحة</translation>
    </message>
    <message>
        <source>captions on {count} slide</source>
        <translation>تعليقات على {count} شريحة</translation>
    </message>
    <message>
        <source>captions on {count} slides</source>
        <translation>تعليقات على {count} شرائح</translation>
    </message>
    <message>
        <source>alt text copied with the page on {count} slide</source>
        <translation>نُسخ النص البديل مع الصفحة في {count} شريحة</translation>
    </message>
    <message>
        <source>alt text copied with the page on {count} slides</source>
        <translation>نُسخ النص البديل مع الصفحة في {count} شرائح</translation>
    </message>
    <message>
        <source>long headings: {headings}</source>
        <translation>عناوين طويلة: {headings}</translation>
    </message>
    <message>
        <source>language “{lang}” from the words of “{byline}”</source>
        <translation>اللغة «{lang}» من كلمات «{byline}»</translation>
    </message>
    <message>
        <source>author and date from “{byline}” under the title</source>
        <translation>المؤلف والتاريخ من «{byline}» تحت العنوان</translation>
    </message>
    <message>
        <source>author from “{byline}” under the title</source>
        <translation>المؤلف من «{byline}» تحت العنوان</translation>
    </message>
    <message>
        <source>date from “{byline}” under the title</source>
        <translation>التاريخ من «{byline}» تحت العنوان</translation>
    </message>
    <message>
        <source>author and date from the page&apos;s byline and meta</source>
        <translation>المؤلف والتاريخ من سطر الكاتب وبيانات الصفحة الوصفية</translation>
    </message>
    <message>
        <source>author from the page&apos;s byline and meta</source>
        <translation>المؤلف من سطر الكاتب وبيانات الصفحة الوصفية</translation>
    </message>
    <message>
        <source>date from the page&apos;s byline and meta</source>
        <translation>التاريخ من سطر الكاتب وبيانات الصفحة الوصفية</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (one line)</source>
        <translation>الفئة «{category}» من مسار التنقّل (سطر واحد)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (numbered list items)</source>
        <translation>الفئة «{category}» من مسار التنقّل (عناصر قائمة مرقّمة)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb (one item per line)</source>
        <translation>الفئة «{category}» من مسار التنقّل (عنصر في كل سطر)</translation>
    </message>
    <message>
        <source>category “{category}” from the breadcrumb</source>
        <translation>الفئة «{category}» من مسار التنقّل</translation>
    </message>
    <message>
        <source>category “{category}” from the page&apos;s article data (JSON-LD)</source>
        <translation>الفئة «{category}» من بيانات المقال في الصفحة (JSON-LD)</translation>
    </message>
    <message>
        <source>category “{category}” from the label above the title</source>
        <translation>الفئة «{category}» من التسمية فوق العنوان</translation>
    </message>
    <message>
        <source>{what} (confidence {percent}%)</source>
        <translation>{what} (الثقة {percent}٪)</translation>
    </message>
    <message>
        <source>{count} slide from the post&apos;s gallery (headings from captions)</source>
        <translation>{count} شريحة من معرض التدوينة (العناوين من التعليقات)</translation>
    </message>
    <message>
        <source>{count} slides from the post&apos;s gallery (headings from captions)</source>
        <translation>{count} شرائح من معرض التدوينة (العناوين من التعليقات)</translation>
    </message>
    <message>
        <source>HTML nesting below {depth} levels (those tags were read as plain text)</source>
        <translation>تداخل HTML أعمق من {depth} مستوى (قُرئت تلك الوسوم نصًّا عاديًّا)</translation>
    </message>
    <message>
        <source>linked by rel=&quot;next&quot;</source>
        <translation>مرتبطة عبر rel=&quot;next&quot;</translation>
    </message>
    <message>
        <source>numbered file names linking as next/previous pages</source>
        <translation>أسماء ملفات مرقّمة مرتبطة كصفحات تالية/سابقة</translation>
    </message>
    <message>
        <source>numbered file names with the same title</source>
        <translation>أسماء ملفات مرقّمة بالعنوان نفسه</translation>
    </message>
    <message>
        <source>numbered file names linking as next/previous pages and with the same title</source>
        <translation>أسماء ملفات مرقّمة مرتبطة كصفحات تالية/سابقة وبالعنوان نفسه</translation>
    </message>
    <message>
        <source>{count} saved pages read as one slideshow ({how}: {first} … {last})</source>
        <translation>قُرئت {count} صفحات محفوظة كعرض شرائح واحد ({how}: {first} … {last})</translation>
    </message>
    <message>
        <source>read this page alone: the numbered pages beside it ({shown}) neither link to it as next/previous pages nor share its title</source>
        <translation>قُرئت هذه الصفحة وحدها: الصفحات المرقّمة بجانبها ({shown}) لا ترتبط بها كصفحة تالية/سابقة ولا تحمل عنوانها</translation>
    </message>
    <message>
        <source>pages without slides: {names}</source>
        <translation>صفحات بلا شرائح: {names}</translation>
    </message>
    <message>
        <source>letters misread on the way (UTF-8 read as Windows-1252) put back: {shown}</source>
        <translation>أُعيدت حروف قُرئت خطأً في الطريق (UTF-8 قُرئ كـ Windows-1252): {shown}</translation>
    </message>
    <message>
        <source>an inline data: image near “{hint}”</source>
        <translation>صورة data: مضمّنة قرب «{hint}»</translation>
    </message>
    <message>
        <source>and {count:,} more inline data: image</source>
        <translation>و{count:,} صورة data: مضمّنة أخرى</translation>
    </message>
    <message>
        <source>and {count:,} more inline data: images</source>
        <translation>و{count:,} صور data: مضمّنة أخرى</translation>
    </message>
    <message>
        <source>image {src} (not found beside {source})</source>
        <translation>الصورة {src} (غير موجودة بجانب {source})</translation>
    </message>
    <message>
        <source>and {count:,} more image not found beside {source}</source>
        <translation>و{count:,} صورة أخرى غير موجودة بجانب {source}</translation>
    </message>
    <message>
        <source>and {count:,} more images not found beside {source}</source>
        <translation>و{count:,} صور أخرى غير موجودة بجانب {source}</translation>
    </message>
    <message>
        <source>{src} (more than {most} local images)</source>
        <translation>{src} (أكثر من {most} صورة محلية)</translation>
    </message>
    <message>
        <source>and {count:,} more image (more than {most} local images)</source>
        <translation>و{count:,} صورة أخرى (أكثر من {most} صورة محلية)</translation>
    </message>
    <message>
        <source>and {count:,} more images (more than {most} local images)</source>
        <translation>و{count:,} صور أخرى (أكثر من {most} صورة محلية)</translation>
    </message>
    <message>
        <source>{src} (a {scheme}: address, not a file beside {source})</source>
        <translation>{src} (عنوان {scheme}: وليس ملفًا بجانب {source})</translation>
    </message>
    <message>
        <source>{src} (outside the folder of {source})</source>
        <translation>{src} (خارج مجلد {source})</translation>
    </message>
    <message>
        <source>an inline image near “{hint}” (more than {most})</source>
        <translation>صورة مضمّنة قرب «{hint}» (أكثر من {most})</translation>
    </message>
    <message>
        <source>an inline image near “{hint}” ({reason})</source>
        <translation>صورة مضمّنة قرب «{hint}» ({reason})</translation>
    </message>
    <message>
        <source>{old} → {new} ({count} credit)</source>
        <translation>{old} ← {new} ({count} إسناد)</translation>
    </message>
    <message>
        <source>{old} → {new} ({count} credits)</source>
        <translation>{old} ← {new} ({count} إسنادات)</translation>
    </message>
</context>
<context>
    <name>LibraryRules</name>
    <message>
        <source>{article} (slide {slide})</source>
        <translation>{article} (الشريحة {slide})</translation>
    </message>
    <message>
        <source>{shown}; and 1 more</source>
        <translation>{shown}؛ وواحد آخر</translation>
    </message>
    <message>
        <source>{shown}; and {more} more</source>
        <translation>{shown}؛ و{more} غيرها</translation>
    </message>
    <message>
        <source>&apos;{credit}&apos; in {where}</source>
        <translation>«{credit}» في {where}</translation>
    </message>
    <message>
        <source>the article cannot be read</source>
        <translation>تتعذّر قراءة المقال</translation>
    </message>
    <message>
        <source>{image} is outside the article folder (an absolute path, a link out of it or an address that is no file): no export takes it</source>
        <translation>{image}‎ خارج مجلد المقال (مسار مطلق، أو رابط إلى خارجه، أو عنوان ليس ملفًا): لا يأخذه أي تصدير</translation>
    </message>
    <message>
        <source>{image} names no picture file in the article folder: no export takes it</source>
        <translation>{image}‎ لا يسمّي ملف صورة في مجلد المقال: لا يأخذه أي تصدير</translation>
    </message>
    <message>
        <source>{image} cannot be read: {problem}</source>
        <translation>تتعذّر قراءة ‎{image}‎: {problem}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>{image} is not an image that opens: {problem}</source>
        <translation>{image}‎ ليست صورة تُفتح: {problem}</translation>
    </message>
    <message>
        <source>this photo is credited &apos;{credit}&apos; here, but {others}: agree on one credit</source>
        <translation>هذه الصورة منسوبة هنا إلى «{credit}»، لكن {others}: اتفقوا على حقوق واحدة</translation>
    </message>
    <message>
        <source>the slide&apos;s licence</source>
        <translation>ترخيص الشريحة</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence end date</source>
        <translation>تاريخ انتهاء الترخيص في ملف الصورة</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), before the article&apos;s date {published}</source>
        <translation>انتهى الترخيص في {end} ({source})، قبل تاريخ المقال {published}</translation>
    </message>
    <message>
        <source>the licence end &apos;{text}&apos; ({source}) is not a date: write it as YYYY-MM-DD</source>
        <translation>نهاية الترخيص «{text}» ({source}) ليست تاريخًا: اكتبها بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), {days} day ago, and the article still shows the photo</source>
        <translation>انتهى الترخيص في {end} ({source})، قبل {days} يوم، وما زال المقال يعرض الصورة</translation>
    </message>
    <message>
        <source>the licence ended on {end} ({source}), {days} days ago, and the article still shows the photo</source>
        <translation>انتهى الترخيص في {end} ({source})، قبل {days} من الأيام، وما زال المقال يعرض الصورة</translation>
    </message>
    <message>
        <source>the licence ends on {end} ({source}), in {days} day: renew it or replace the photo</source>
        <translation>ينتهي الترخيص في {end} ({source})، بعد {days} يوم: جدّده أو استبدل الصورة</translation>
    </message>
    <message>
        <source>the licence ends on {end} ({source}), in {days} days: renew it or replace the photo</source>
        <translation>ينتهي الترخيص في {end} ({source})، بعد {days} من الأيام: جدّده أو استبدل الصورة</translation>
    </message>
    <message>
        <source>a {agency} photo with no licence recorded: add the licence&apos;s end date (and link) in the slide&apos;s Licence section, from the agency&apos;s invoice</source>
        <translation>صورة من {agency} بلا ترخيص مسجَّل: أضف تاريخ انتهاء الترخيص (ورابطه) في قسم الترخيص بالشريحة، من فاتورة الوكالة</translation>
    </message>
    <message>
        <source>{where}, dated {date}</source>
        <translation>{where}، بتاريخ {date}</translation>
    </message>
    <message>
        <source>this photo is also used in {uses}: within {days} days of this article</source>
        <translation>هذه الصورة مستخدمة أيضًا في {uses}: في غضون {days} يومًا من هذا المقال</translation>
    </message>
</context>
<context>
    <name>LicenceWarnings</name>
    <message>
        <source>{where}: slide {slide}, image {path}: {reason} (published anyway)</source>
        <translation>{where}: الشريحة {slide}، الصورة ‎{path}‎: {reason} (نُشرت رغم ذلك)</translation>
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
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Credit and image findings by slide; Enter goes to the field at fault</source>
        <translation>مشكلات الحقوق والصور حسب الشريحة؛ ومفتاح Enter ينقلك إلى الحقل المعنيّ</translation>
    </message>
    <message>
        <source>The selected problem, in full</source>
        <translation>المشكلة المحددة كاملة</translation>
    </message>
    <message>
        <source>Apply the suggested fix</source>
        <translation>تطبيق الإصلاح المقترح</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>لا مقال مفتوح</translation>
    </message>
    <message>
        <source>Checking credits…</source>
        <translation>جارٍ تدقيق الحقوق…</translation>
    </message>
    <message>
        <source>The credit check stopped: {reason}</source>
        <translation>توقّف تدقيق الحقوق: {reason}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>الشريحة {number}: {heading}</translation>
    </message>
    <message>
        <source>Untitled slide</source>
        <translation>شريحة بلا عنوان</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>المشكلات ({count})</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>تطبيق الإصلاح</translation>
    </message>
</context>
<context>
    <name>PublishResult</name>
    <message>
        <source>{count} image uploaded</source>
        <translation>رُفعت {count} صورة</translation>
    </message>
    <message>
        <source>{count} images uploaded</source>
        <translation>رُفع {count} من الصور</translation>
    </message>
    <message>
        <source>{uploaded}, 1 unchanged</source>
        <translation>{uploaded}، و1 لم تتغير</translation>
    </message>
    <message>
        <source>{uploaded}, {count} unchanged</source>
        <translation>{uploaded}، و{count} لم تتغير</translation>
    </message>
    <message>
        <source>post {post} ({status}) at {link}: {images}.</source>
        <translation>المنشور {post} ({status}) على ‎{link}‎: {images}.</translation>
    </message>
    <message>
        <source>(It was published to {site} before; that record is replaced.)</source>
        <translation>(نُشر على ‎{site}‎ من قبل؛ وقد استُبدل ذلك السجل.)</translation>
    </message>
    <message>
        <source>(Post {post} was deleted on the site; a new post was made.)</source>
        <translation>(حُذف المنشور {post} على الموقع؛ فأُنشئ منشور جديد.)</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>{message} (not fixed here: the file says {says})</source>
        <translation>{message} (لم يُصلَح هنا: الملف يقول {says})</translation>
    </message>
</context>
<context>
    <name>RssExport</name>
    <message>
        <source>slide {number} ({heading}) has no image: the feed carries it in the article&apos;s content only, not as a media:content</source>
        <translation>الشريحة {number} ({heading}) بلا صورة: يحملها الموجز في محتوى المقال فقط، لا بوصفها media:content</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>{where}: image {path} is not a picture in the article&apos;s folder: the feed gives slide {number} no media:content</source>
        <translation>{where}: الصورة ‎{path}‎ ليست صورة في مجلد المقال: لا يعطي الموجز الشريحة {number} أي media:content</translation>
    </message>
    <message>
        <source>{where}: image {path} left out: {reason}; the feed gives slide {number} no media:content</source>
        <translation>{where}: أُغفلت الصورة ‎{path}‎: {reason}؛ ولا يعطي الموجز الشريحة {number} أي media:content</translation>
    </message>
</context>
<context>
    <name>RulesCredit</name>
    <message>
        <source>Use the file&apos;s credit: &quot;{credit}&quot;</source>
        <translation>استخدام حقوق الملف: «{credit}»</translation>
    </message>
    <message>
        <source>the image has no credit</source>
        <translation>الصورة بلا حقوق</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>بلا تسمية</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot; carries its own label; the page already prints &quot;{label}:&quot; → &quot;{clean}&quot;</source>
        <translation>«{credit}» يحمل تسميته الخاصة؛ والصفحة تطبع «{label}:» بالفعل‏ ← ‏«{clean}»</translation>
    </message>
    <message>
        <source>Drop the label: &quot;{clean}&quot;</source>
        <translation>حذف التسمية: «{clean}»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot; holds characters that do not show ({hidden}): the page shows one thing, a search reads another → &quot;{fixed}&quot;</source>
        <translation>«{credit}» يحوي محارف لا تظهر ({hidden}): الصفحة تعرض شيئًا والبحث يقرأ شيئًا آخر‏ ← ‏«{fixed}»</translation>
    </message>
    <message>
        <source>Write it without them: &quot;{fixed}&quot;</source>
        <translation>كتابته من دونها: «{fixed}»</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; → &quot;{agency}&quot;</source>
        <translation>«{written}»‏ ← ‏«{agency}»</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; is written with letters of another alphabet that look Latin → &quot;{agency}&quot;</source>
        <translation>«{written}» مكتوب بحروف من أبجدية أخرى تشبه الحروف اللاتينية‏ ← ‏«{agency}»</translation>
    </message>
    <message>
        <source>Use the house spelling &quot;{agency}&quot;</source>
        <translation>استخدام تهجئة الدار «{agency}»</translation>
    </message>
    <message>
        <source>Name the photographer from the file: &quot;{credit}&quot;</source>
        <translation>ذكر المصوّر من الملف: «{credit}»</translation>
    </message>
    <message>
        <source>Write it: &quot;{credit}&quot;</source>
        <translation>اكتبها: «{credit}»</translation>
    </message>
    <message>
        <source>{house_form} (the photographer is missing)</source>
        <translation>{house_form} (اسم المصوّر ناقص)</translation>
    </message>
    <message>
        <source>caption text inside the credit: &quot;{caption}&quot;</source>
        <translation>نص تعليق داخل الحقوق: «{caption}»</translation>
    </message>
    <message>
        <source>Move the caption text into the caption</source>
        <translation>نقل نص التعليق إلى التعليق</translation>
    </message>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} وواحد آخر</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} و{more} غيرها</translation>
    </message>
    <message>
        <source>the image file&apos;s credit lines disagree: {lines}</source>
        <translation>أسطر الإسناد في ملف الصورة متعارضة: {lines}</translation>
    </message>
    <message>
        <source>the credit is {length} characters long, too long to weigh against the file (the file says {says}; the credit says {typed})</source>
        <translation>طول الإسناد {length} حرفًا، وهو أطول من أن يُقارن بالملف (الملف يقول {says}؛ والإسناد يقول {typed})</translation>
    </message>
    <message>
        <source>the file says {says}; the credit says {typed}, which also names {agencies}</source>
        <translation>الملف يقول {says}؛ والحقوق تقول {typed}، وتذكر أيضًا {agencies}</translation>
    </message>
    <message>
        <source>the file says {says} and names {creators} as its creator; the credit says {typed}</source>
        <translation>الملف يقول {says} ويذكر {creators} مُنشئًا لها؛ والحقوق تقول {typed}</translation>
    </message>
    <message>
        <source>the file says {says}; the credit says {typed}</source>
        <translation>الملف يقول {says}؛ والحقوق تقول {typed}</translation>
    </message>
    <message>
        <source>the image file names {creators} as its creator, but the credit does not</source>
        <translation>ملف الصورة يذكر {creators} مُنشئًا لها، لكن الحقوق لا تذكره</translation>
    </message>
    <message>
        <source>the image file names {creators} as its creator, but the credit does not (the file says {says}; the credit says {typed})</source>
        <translation>ملف الصورة يذكر {creators} مُنشئًا لها، لكن الحقوق لا تذكره (الملف يقول {says}؛ والحقوق تقول {typed})</translation>
    </message>
    <message>
        <source>the file says {says}; the credit leaves out {agency}</source>
        <translation>الملف يقول {says}؛ والحقوق تُغفل {agency}</translation>
    </message>
    <message>
        <source>the file says {says}: the picture came through {distributor}, and the credit leaves out &quot;via {distributor}&quot;</source>
        <translation>الملف يقول {says}: وصلت الصورة عبر {distributor}، والحقوق تُغفل «via {distributor}»</translation>
    </message>
    <message>
        <source>Add &quot;via {distributor}&quot;: &quot;{credit}&quot;</source>
        <translation>إضافة «via {distributor}»: «{credit}»</translation>
    </message>
    <message>
        <source>the image file disagrees with itself: XMP credit &quot;{xmp}&quot;, IPTC credit &quot;{iptc}&quot;</source>
        <translation>ملف الصورة يناقض نفسه: حقوق XMP «{xmp}»، وحقوق IPTC «{iptc}»</translation>
    </message>
    <message>
        <source>the image file disagrees with itself about who made the picture: {first} &quot;{one}&quot;, {second} &quot;{other}&quot;</source>
        <translation>ملف الصورة يناقض نفسه بشأن من التقط الصورة: {first} «{one}»، {second} «{other}»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: stray spaces at the ends, doubled spaces or punctuation</source>
        <translation>«{credit}»: مسافات زائدة في الطرفين، أو مسافات أو علامات ترقيم مكرّرة</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: stray spaces at the ends</source>
        <translation>«{credit}»: مسافات زائدة في الطرفين</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: doubled spaces or punctuation</source>
        <translation>«{credit}»: مسافات أو علامات ترقيم مكرّرة</translation>
    </message>
    <message>
        <source>Tidy: &quot;{clean}&quot;</source>
        <translation>ترتيب: «{clean}»</translation>
    </message>
    <message>
        <source>&quot;{credit}&quot;: {words} mixes Latin letters with look-alikes from another alphabet</source>
        <translation>«{credit}»: {words} يخلط حروفًا لاتينية بحروف شبيهة بها من أبجدية أخرى</translation>
    </message>
    <message>
        <source>Write it in Latin letters: &quot;{clean}&quot;</source>
        <translation>اكتبه بحروف لاتينية: «{clean}»</translation>
    </message>
    <message>
        <source>mixed © and (c) in this article: use ©</source>
        <translation>خليط من © و(c) في هذا المقال: استخدم ©</translation>
    </message>
    <message>
        <source>Use ©</source>
        <translation>استخدام ©</translation>
    </message>
    <message>
        <source>final period differs from the other credits in this article</source>
        <translation>النقطة الختامية تختلف عن بقية الحقوق في هذا المقال</translation>
    </message>
    <message>
        <source>{count} of {total} slides has no credit yet (slide {shown}): the picture it is waiting for will need one</source>
        <translation>{count} من الشرائح (من أصل {total}) بلا حقوق بعد (الشريحة {shown}): الصورة التي تنتظرها ستحتاج إلى حقوق</translation>
    </message>
    <message>
        <source>{count} of {total} slides have no credit yet (slides {shown}): the pictures they are waiting for will need one</source>
        <translation>{count} من الشرائح (من أصل {total}) بلا حقوق بعد (الشرائح {shown}): الصور التي تنتظرها ستحتاج إلى حقوق</translation>
    </message>
    <message>
        <source>the article&apos;s only slide has no credit yet: the picture it is waiting for will need one</source>
        <translation>الشريحة الوحيدة للمقال بلا حقوق بعد: الصورة التي تنتظرها ستحتاج إلى حقوق</translation>
    </message>
    <message>
        <source>the read-more image for &quot;{title}&quot; has no credit</source>
        <translation>صورة «اقرأ المزيد» لـ«{title}» بلا حقوق</translation>
    </message>
</context>
<context>
    <name>RulesImage</name>
    <message>
        <source>{image} is not in the article folder</source>
        <translation>{image}‎ ليست في مجلد المقال</translation>
    </message>
    <message>
        <source>the slide has no image</source>
        <translation>الشريحة بلا صورة</translation>
    </message>
    <message>
        <source>all slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>كل الشرائح بلا صورة بعد (الشرائح {shown})؛ اختر صورًا لها كلها دفعة واحدة</translation>
    </message>
    <message>
        <source>{count} of {total} slides have no image yet (slides {shown}); choose images for all of them at once</source>
        <translation>{count} من الشرائح (من أصل {total}) بلا صورة بعد (الشرائح {shown})؛ اختر صورًا لها كلها دفعة واحدة</translation>
    </message>
    <message>
        <source>{image} is outside the article folder; publishing tools will not find it</source>
        <translation>{image}‎ خارج مجلد المقال؛ ولن تجدها أدوات النشر</translation>
    </message>
    <message>
        <source>{image} is a plain http address: the published page will not show it, and each reader&apos;s visit is sent to that server; put the picture in the article folder</source>
        <translation>{image}‎ عنوان http غير مشفّر: لن تعرضها الصفحة المنشورة، وكل زيارة لقارئ تُبلَّغ إلى ذلك الخادم؛ ضع الصورة في مجلد المقال</translation>
    </message>
    <message>
        <source>{image} is on another site, not in the article folder: the picture is not checked and its credit cannot be compared with the file</source>
        <translation>{image}‎ على موقع آخر، وليست في مجلد المقال: لا تُفحص الصورة، ولا يمكن مقارنة حقوقها بالملف</translation>
    </message>
    <message>
        <source>{image} is not an image that can be opened ({reason})</source>
        <translation>{image}‎ ليست صورة يمكن فتحها ({reason})</translation>
    </message>
    <message>
        <source>{image} is not an image that can be opened</source>
        <translation>{image}‎ ليست صورة يمكن فتحها</translation>
    </message>
    <message>
        <source>{image} is left out of every export: {reason}</source>
        <translation>{image}‎ مُغفلة من كل تصدير: {reason}</translation>
    </message>
    <message>
        <source>{width}×{height} px: the shorter side is under the house minimum of {minimum} px</source>
        <translation>{width}×{height} بكسل: الضلع الأقصر دون الحد الأدنى للدار البالغ {minimum} بكسل</translation>
    </message>
    <message>
        <source>Use the alt text embedded in the image: &quot;{alt}&quot;</source>
        <translation>استخدام النص البديل المضمَّن في الصورة: «{alt}»</translation>
    </message>
    <message>
        <source>no alt text for readers who cannot see the image</source>
        <translation>لا نص بديل للقرّاء الذين لا يستطيعون رؤية الصورة</translation>
    </message>
    <message>
        <source>the alt text only repeats the file name; describe what the image shows</source>
        <translation>النص البديل يكرّر اسم الملف فقط؛ صِف ما تُظهره الصورة</translation>
    </message>
    <message>
        <source>the alt text only repeats the heading; describe what the image shows</source>
        <translation>النص البديل يكرّر العنوان فقط؛ صِف ما تُظهره الصورة</translation>
    </message>
    <message>
        <source>the alt text only repeats the credit; describe what the image shows</source>
        <translation>النص البديل يكرّر الحقوق فقط؛ صِف ما تُظهره الصورة</translation>
    </message>
    <message>
        <source>the author (creator)</source>
        <translation>المؤلف (المُنشئ)</translation>
    </message>
    <message>
        <source>a link to the source</source>
        <translation>رابطًا إلى المصدر</translation>
    </message>
    <message>
        <source>the licence name with its version (e.g. CC BY-SA 4.0)</source>
        <translation>اسم الترخيص مع إصداره (مثل CC BY-SA 4.0)</translation>
    </message>
    <message>
        <source>a link to the licence</source>
        <translation>رابطًا إلى الترخيص</translation>
    </message>
    <message>
        <source>Creative Commons credit needs {missing}</source>
        <translation>حقوق المشاع الإبداعي (Creative Commons) تحتاج إلى {missing}</translation>
    </message>
    <message>
        <source>{agency} pictures come under the {licence}: {note}</source>
        <translation>صور {agency} تخضع لـ{licence}: {note}</translation>
    </message>
    <message>
        <source>Name the licence: {licence}</source>
        <translation>تسمية الترخيص: {licence}</translation>
    </message>
    <message>
        <source>the slide and the image file say editorial use only</source>
        <translation>الشريحة وملف الصورة يقولان: للاستخدام التحريري فقط</translation>
    </message>
    <message>
        <source>the slide says editorial use only</source>
        <translation>الشريحة تقول: للاستخدام التحريري فقط</translation>
    </message>
    <message>
        <source>the image file says editorial use only</source>
        <translation>ملف الصورة يقول: للاستخدام التحريري فقط</translation>
    </message>
    <message>
        <source>the slide and the image file say editorial use only; it cannot illustrate a sponsored article</source>
        <translation>الشريحة وملف الصورة يقولان: للاستخدام التحريري فقط؛ فلا يجوز أن توضّح مقالًا مموَّلًا</translation>
    </message>
    <message>
        <source>the slide says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>الشريحة تقول: للاستخدام التحريري فقط؛ فلا يجوز أن توضّح مقالًا مموَّلًا</translation>
    </message>
    <message>
        <source>the image file says editorial use only; it cannot illustrate a sponsored article</source>
        <translation>ملف الصورة يقول: للاستخدام التحريري فقط؛ فلا يجوز أن توضّح مقالًا مموَّلًا</translation>
    </message>
    <message>
        <source>the same image as slide {slide}</source>
        <translation>الصورة نفسها التي في الشريحة {slide}</translation>
    </message>
</context>
<context>
    <name>RulesLicence</name>
    <message>
        <source>the slide&apos;s Licence from</source>
        <translation>«الترخيص من» في الشريحة</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence start date</source>
        <translation>تاريخ بدء الترخيص في ملف الصورة</translation>
    </message>
    <message>
        <source>the slide&apos;s Licence until</source>
        <translation>«الترخيص حتى» في الشريحة</translation>
    </message>
    <message>
        <source>the picture file&apos;s licence end date</source>
        <translation>تاريخ انتهاء الترخيص في ملف الصورة</translation>
    </message>
    <message>
        <source>Licence from is &apos;{text}&apos;, which is not a date: write it as YYYY-MM-DD</source>
        <translation>«الترخيص من» هو «{text}»، وهذا ليس تاريخًا: اكتبه بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The picture file&apos;s licence start date is &apos;{text}&apos;, which is not a date: write the start in the slide&apos;s Licence from as YYYY-MM-DD</source>
        <translation>تاريخ بدء الترخيص في ملف الصورة هو «{text}»، وهذا ليس تاريخًا: اكتب البداية في «الترخيص من» في الشريحة بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Licence until is &apos;{text}&apos;, which is not a date: write it as YYYY-MM-DD</source>
        <translation>«الترخيص حتى» هو «{text}»، وهذا ليس تاريخًا: اكتبه بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The picture file&apos;s licence end date is &apos;{text}&apos;, which is not a date: write the end in the slide&apos;s Licence until as YYYY-MM-DD</source>
        <translation>تاريخ انتهاء الترخيص في ملف الصورة هو «{text}»، وهذا ليس تاريخًا: اكتب النهاية في «الترخيص حتى» في الشريحة بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The licence ended on {end} ({source}), before the article&apos;s date {published}: this picture may not be published on that date</source>
        <translation>انتهى الترخيص في {end} ({source})، قبل تاريخ المقال {published}: لا يجوز نشر هذه الصورة في ذلك التاريخ</translation>
    </message>
    <message>
        <source>The licence ended on {end} ({source}) and the article has no date yet: published today ({today}) or later, it would show this picture without a licence</source>
        <translation>انتهى الترخيص في {end} ({source}) وليس للمقال تاريخ بعد: إن نُشر اليوم ({today}) أو بعده فسيعرض هذه الصورة دون ترخيص</translation>
    </message>
    <message>
        <source>The licence starts on {start} ({source}), after the article&apos;s date {published}: this picture may not be published on that date</source>
        <translation>يبدأ الترخيص في {start} ({source})، بعد تاريخ المقال {published}: لا يجوز نشر هذه الصورة في ذلك التاريخ</translation>
    </message>
    <message>
        <source>The licence starts on {start} ({start_source}), after it ends on {end} ({end_source}): one of the two dates is wrong</source>
        <translation>يبدأ الترخيص في {start} ({start_source})، بعد انتهائه في {end} ({end_source}): أحد التاريخين خاطئ</translation>
    </message>
    <message>
        <source>The licence ends on {end} ({source}), in {days} day, and the article is not published yet: renew the licence, or choose a picture that stays licensed</source>
        <translation>ينتهي الترخيص في {end} ({source})، بعد {days} يوم، والمقال لم يُنشر بعد: جدّد الترخيص أو اختر صورة يبقى ترخيصها ساريًا</translation>
    </message>
    <message>
        <source>The licence ends on {end} ({source}), in {days} days, and the article is not published yet: renew the licence, or choose a picture that stays licensed</source>
        <translation>ينتهي الترخيص في {end} ({source})، بعد {days} من الأيام، والمقال لم يُنشر بعد: جدّد الترخيص أو اختر صورة يبقى ترخيصها ساريًا</translation>
    </message>
</context>
<context>
    <name>RulesProvenance</name>
    <message>
        <source>its Content Credentials say it is {kind}</source>
        <translation>تقول بيانات اعتماد المحتوى الخاصة بها إنها {kind}</translation>
    </message>
    <message>
        <source>the image file says it is {kind}</source>
        <translation>ملف الصورة يقول إنها {kind}</translation>
    </message>
    <message>
        <source>{kind}, but neither credit nor caption says so</source>
        <translation>{kind}، لكن لا الحقوق ولا التعليق يقولان ذلك</translation>
    </message>
    <message>
        <source>Add &quot;{wording}&quot; to the caption</source>
        <translation>إضافة «{wording}» إلى التعليق</translation>
    </message>
    <message>
        <source>{kind}, but neither credit nor caption says it is computer-generated or a composite</source>
        <translation>{kind}، لكن لا الحقوق ولا التعليق يقولان إنها مولَّدة بالحاسوب أو صورة مركَّبة</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>سبب غير معروف</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials could not be read ({why})</source>
        <translation>تعذّرت قراءة بيانات اعتماد المحتوى للصورة ({why})</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials do not hold: {failures} (signed by {signer}); do not rely on what they say</source>
        <translation>بيانات اعتماد المحتوى للصورة لا تصمد: {failures} (وقّعها {signer})؛ لا تعتمد على ما تقوله</translation>
    </message>
    <message>
        <source>the Content Credentials name {authors} as author; the credit says &quot;{credit}&quot;</source>
        <translation>تذكر بيانات اعتماد المحتوى {authors} مؤلفًا؛ والحقوق تقول «{credit}»</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;, which also names {agencies}</source>
        <translation>وقّع بيانات اعتماد المحتوى {signer}؛ والحقوق تقول «{credit}»، وتذكر أيضًا {agencies}</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>وقّع بيانات اعتماد المحتوى {signer}؛ والحقوق تقول «{credit}»</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by a certificate not in your trust list that names {signer}; the credit says &quot;{credit}&quot;, which also names {agencies}</source>
        <translation>وُقّعت بيانات اعتماد المحتوى بشهادة ليست في قائمة الثقة لديك تذكر {signer}؛ والحقوق تقول «{credit}»، وتذكر أيضًا {agencies}</translation>
    </message>
    <message>
        <source>the Content Credentials were signed by a certificate not in your trust list that names {signer}; the credit says &quot;{credit}&quot;</source>
        <translation>وُقّعت بيانات اعتماد المحتوى بشهادة ليست في قائمة الثقة لديك تذكر {signer}؛ والحقوق تقول «{credit}»</translation>
    </message>
    <message>
        <source>the picture&apos;s Content Credentials say it must not be used to train AI (publishing it is fine; keep it out of training sets)</source>
        <translation>تقول بيانات اعتماد المحتوى للصورة إنها يجب ألّا تُستخدم لتدريب الذكاء الاصطناعي (نشرها لا بأس به؛ أبقِها خارج مجموعات التدريب)</translation>
    </message>
</context>
<context>
    <name>RulesPublishing</name>
    <message>
        <source>The headline is {length} characters: search engines show {limit} and cut the rest (Google&apos;s article headline); say it in fewer words</source>
        <translation>العنوان الرئيسي {length} حرفًا: تعرض محركات البحث {limit} وتقتطع الباقي (عنوان المقال في Google)؛ قُله بكلمات أقل</translation>
    </message>
    <message>
        <source>{agency} picture without a licence: name the licence you bought (e.g. Standard licence, Editorial use only) and link its terms, so the page&apos;s image data can say it</source>
        <translation>صورة {agency} بلا ترخيص: سمِّ الترخيص الذي اشتريته (مثل: ترخيص قياسي، للاستخدام التحريري فقط) واربط شروطه، حتى تذكره بيانات الصورة في الصفحة</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>lang: {value} is not a language tag, so the page says {fallback}: write a BCP 47 tag such as fr or pt-BR</source>
        <translation>lang: {value} ليس رمز لغة، لذا تعلن الصفحة {fallback}: اكتب رمزًا وفق BCP 47 مثل fr أو pt-BR</translation>
    </message>
    <message>
        <source>The headline is {length} characters: newsroom systems take at most {limit} (the IPTC headline field); shorten it</source>
        <translation>العنوان من {length} حرفًا: أنظمة غرف الأخبار تقبل {limit} حرفًا على الأكثر (حقل العنوان في IPTC)؛ اختصره</translation>
    </message>
    <message>
        <source>The heading is {length} characters: a heading is a headline, and newsroom systems take at most {limit}; shorten it or move the rest into the text</source>
        <translation>عنوان الشريحة من {length} حرفًا: عنوان الشريحة عنوان صحفي، وأنظمة غرف الأخبار تقبل {limit} حرفًا على الأكثر؛ اختصره أو انقل الباقي إلى النص</translation>
    </message>
    <message>
        <source>The caption is {length} characters: a picture&apos;s caption holds at most {limit} (the IPTC caption field); shorten it or move the rest into the text</source>
        <translation>التعليق من {length} حرفًا: تعليق الصورة يتسع لـ{limit} حرفًا على الأكثر (حقل التعليق في IPTC)؛ اختصره أو انقل الباقي إلى النص</translation>
    </message>
    <message>
        <source>{field} holds an address with a user name or password in it ({address}): the page would publish it; remove the part before @ (and change the password if it was real)</source>
        <translation>{field} يحتوي عنوانًا فيه اسم مستخدم أو كلمة مرور ({address}): ستنشره الصفحة؛ احذف الجزء الذي قبل @ (وغيّر كلمة المرور إن كانت حقيقية)</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>the article is dated {date}, in the future: Hugo builds no page for it unless buildFuture is set. The hugo.toml written sets buildFuture = true, so the page is built now; remove that line to hold it back until its date</source>
        <translation>المقال مؤرَّخ بـ{date}، في المستقبل: لا يبني Hugo صفحة له ما لم يُضبط buildFuture. وملف hugo.toml المكتوب يضبط buildFuture = true، فتُبنى الصفحة الآن؛ احذف ذلك السطر لحجبها حتى تاريخها</translation>
    </message>
    <message>
        <source>the article is dated {date}, in the future: Hugo builds no page for it (it says only &apos;Pages 0&apos;) until then. Set buildFuture = true in {file} to publish it now, or change the article&apos;s date</source>
        <translation>المقال مؤرَّخ بـ{date}، في المستقبل: لا يبني Hugo صفحة له (يقول فقط &apos;Pages 0&apos;) حتى ذلك الحين. اضبط buildFuture = true في ‎{file}‎ لنشره الآن، أو غيّر تاريخ المقال</translation>
    </message>
    <message>
        <source>{file} does not name the theme &apos;{theme}&apos; the article&apos;s layout is in: add theme = [&quot;{theme}&quot;] (or add it to the list of themes), or Hugo shows no slides</source>
        <translation>{file}‎ لا يذكر القالب &apos;{theme}&apos; الذي فيه تخطيط المقال: أضف theme = [&quot;{theme}&quot;] (أو أضفه إلى قائمة القوالب)، وإلا فلن يعرض Hugo أي شرائح</translation>
    </message>
</context>
<context>
    <name>SiteExport</name>
    <message>
        <source>image {path} left out: {reason}</source>
        <translation>أُغفلت الصورة ‎{path}‎: {reason}</translation>
    </message>
    <message>
        <source>the full-size picture {names} was left out of the site: its metadata could not be cleaned (the page shows its renditions)</source>
        <translation>أُغفلت الصورة {names} بحجمها الكامل من الموقع: تعذّر تنظيف بياناتها الوصفية (تعرض الصفحة نسخها المصغّرة)</translation>
    </message>
    <message>
        <source>the full-size pictures {names} were left out of the site: their metadata could not be cleaned (the page shows their renditions)</source>
        <translation>أُغفلت الصور {names} بحجمها الكامل من الموقع: تعذّر تنظيف بياناتها الوصفية (تعرض الصفحة نسخها المصغّرة)</translation>
    </message>
</context>
<context>
    <name>SourceTypes</name>
    <message>
        <source>camera capture</source>
        <translation>لقطة كاميرا</translation>
    </message>
    <message>
        <source>camera capture, computationally processed</source>
        <translation>لقطة كاميرا، معالَجة حاسوبيًا</translation>
    </message>
    <message>
        <source>scan of a film negative</source>
        <translation>مسح ضوئي لفيلم سالب</translation>
    </message>
    <message>
        <source>scan of a film positive</source>
        <translation>مسح ضوئي لفيلم موجب</translation>
    </message>
    <message>
        <source>scan of a print</source>
        <translation>مسح ضوئي لصورة مطبوعة</translation>
    </message>
    <message>
        <source>edited by a person</source>
        <translation>حرّرها شخص</translation>
    </message>
    <message>
        <source>minor edits by a person</source>
        <translation>تعديلات طفيفة أجراها شخص</translation>
    </message>
    <message>
        <source>composite of captures</source>
        <translation>تركيب من عدة لقطات</translation>
    </message>
    <message>
        <source>enhanced by software</source>
        <translation>محسَّنة ببرنامج</translation>
    </message>
    <message>
        <source>made from data</source>
        <translation>مصنوعة من بيانات</translation>
    </message>
    <message>
        <source>digital art</source>
        <translation>فن رقمي</translation>
    </message>
    <message>
        <source>screen or virtual recording</source>
        <translation>تسجيل شاشة أو تسجيل افتراضي</translation>
    </message>
    <message>
        <source>composite including synthetic elements</source>
        <translation>تركيب يتضمن عناصر اصطناعية</translation>
    </message>
    <message>
        <source>generated by AI</source>
        <translation>مولَّدة بالذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>composite with AI-generated elements</source>
        <translation>تركيب بعناصر مولَّدة بالذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>generated by an algorithm, not by an AI model</source>
        <translation>مولَّدة بخوارزمية، لا بنموذج ذكاء اصطناعي</translation>
    </message>
    <message>
        <source>screen capture</source>
        <translation>لقطة شاشة</translation>
    </message>
    <message>
        <source>made with software</source>
        <translation>مصنوعة ببرنامج</translation>
    </message>
</context>
<context>
    <name>SpellDictionary</name>
    <message>
        <source>spell checking is off: no dictionary for {language} (install a Hunspell dictionary for it from your system&apos;s packages)</source>
        <translation>التدقيق الإملائي متوقف: لا قاموس لـ{language} (ثبّت له قاموس Hunspell من حزم نظامك)</translation>
    </message>
    <message>
        <source>spell checking is off: no dictionary for {language} (on Debian or Ubuntu, install {packages})</source>
        <translation>التدقيق الإملائي متوقف: لا قاموس لـ{language} (على Debian أو Ubuntu، ثبّت {packages})</translation>
    </message>
    <message>
        <source>spell checking is off: Enchant is not installed ({error})</source>
        <translation>التدقيق الإملائي متوقف: Enchant غير مثبّت ({error})</translation>
    </message>
    <message>
        <source>no dictionary for {language}: spelling is checked in {near}</source>
        <translation>لا قاموس لـ{language}: يُدقَّق الإملاء بـ{near}</translation>
    </message>
    <message>
        <source>spell checking is off: {error}</source>
        <translation>التدقيق الإملائي متوقف: {error}</translation>
    </message>
</context>
</TS>
