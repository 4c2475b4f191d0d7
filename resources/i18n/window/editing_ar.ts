<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessWiring</name>
    <message>
        <source>Editor</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <source>The selected slide&apos;s fields, or the article&apos;s</source>
        <translation>حقول الشريحة المحددة، أو حقول المقال</translation>
    </message>
    <message>
        <source>Problems: {totals}</source>
        <translation>المشكلات: {totals}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Slide {number} of {count}: {heading}</source>
        <translation>الشريحة {number} من {count}: {heading}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>e.g. Read more from the Coast Desk</source>
        <translation>مثل: اقرأ المزيد من مكتب الساحل</translation>
    </message>
    <message>
        <source>{field} heading</source>
        <translation>عنوان {field}</translation>
    </message>
    <message>
        <source>The heading over the links after the last slide</source>
        <translation>العنوان فوق الروابط بعد الشريحة الأخيرة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>إضافة رابط</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <source>Add a read-more link below the selected one</source>
        <translation>إضافة رابط «اقرأ المزيد» تحت الرابط المحدد</translation>
    </message>
    <message>
        <source>Remove the selected read-more link</source>
        <translation>إزالة رابط «اقرأ المزيد» المحدد</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>{path}: could not be opened ({kind}: {reason})</source>
        <translation>{path}‎: تعذّر فتحه ({kind}: {reason})</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>يتعذّر فتح المقال</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>فتح مقال</translation>
    </message>
    <message>
        <source>Slidewright articles (*.md)</source>
        <translation>مقالات Slidewright (*.md)</translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>مقال جديد</translation>
    </message>
    <message>
        <source>New Article: where to keep it</source>
        <translation>مقال جديد: أين يُحفظ</translation>
    </message>
    <message>
        <source>Folder holds an article</source>
        <translation>المجلد يحوي مقالًا</translation>
    </message>
    <message>
        <source>{folder} already holds an article (index.md). Open it instead, or pick an empty folder.</source>
        <translation>يحوي ‎{folder}‎ مقالًا بالفعل (index.md). افتحه بدلًا من ذلك، أو اختر مجلدًا فارغًا.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>مقال بلا عنوان</translation>
    </message>
    <message>
        <source>Cannot create article</source>
        <translation>يتعذّر إنشاء المقال</translation>
    </message>
    <message>
        <source>Cannot reload article</source>
        <translation>تتعذّر إعادة تحميل المقال</translation>
    </message>
    <message>
        <source>{reason}

Your version stays open; Save asks before writing over that file.</source>
        <translation>{reason}

تبقى نسختك مفتوحة؛ ويسألك الحفظ قبل الكتابة فوق ذلك الملف.</translation>
    </message>
    <message>
        <source>Reloaded {file}, changed on disk: {changes}</source>
        <translation>أُعيد تحميل ‎{file}‎ بعد تغييره على القرص: {changes}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}. The file on disk is unchanged; your changes are still open here.</source>
        <translation>تعذّر حفظ ‎{file}‎: {reason}. الملف على القرص لم يتغير؛ وتغييراتك ما زالت مفتوحة هنا.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}; the original is kept as {copy}</source>
        <translation>حُفظ ‎{file}‎؛ والأصل محفوظ باسم ‎{copy}‎</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>حُفظ ‎{file}‎</translation>
    </message>
    <message>
        <source>Save Article As: name its new folder</source>
        <translation>حفظ المقال باسم: سمِّ مجلده الجديد</translation>
    </message>
    <message>
        <source>{folder} already holds an article; pick an empty folder.</source>
        <translation>يحوي ‎{folder}‎ مقالًا بالفعل؛ اختر مجلدًا فارغًا.</translation>
    </message>
    <message>
        <source>Folder is not empty</source>
        <translation>المجلد ليس فارغًا</translation>
    </message>
    <message>
        <source>{folder} already holds other files. Save the article there anyway? Images of the article replace files of the same name.</source>
        <translation>يحوي ‎{folder}‎ ملفات أخرى بالفعل. هل يُحفظ المقال هناك على أي حال؟ صور المقال تحلّ محل الملفات التي تحمل الاسم نفسه.</translation>
    </message>
    <message>
        <source>Replace images?</source>
        <translation>استبدال الصور؟</translation>
    </message>
    <message>
        <source>{folder} already holds different images with the same names:
{images}

Replace them with the article&apos;s images?</source>
        <translation>يحوي ‎{folder}‎ بالفعل صورًا مختلفة بالأسماء نفسها:
{images}

هل تُستبدل بها صور المقال؟</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>حُفظ باسم ‎{file}‎</translation>
    </message>
    <message>
        <source>Some images were missing</source>
        <translation>بعض الصور مفقودة</translation>
    </message>
    <message>
        <source>These images were not copied (missing, or outside the article&apos;s folder):
{images}</source>
        <translation>لم تُنسخ هذه الصور (مفقودة، أو خارج مجلد المقال):
{images}</translation>
    </message>
    <message>
        <source>Typed text not saved</source>
        <translation>النص المكتوب لم يُحفظ</translation>
    </message>
    <message>
        <source>Close the article without it?</source>
        <translation>إغلاق المقال من دونه؟</translation>
    </message>
    <message>
        <source>Close Without It</source>
        <translation>الإغلاق من دونه</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>{file} was changed by another program.

{changes}

Reload it (your unsaved version is kept in History), or keep your version?</source>
        <translation>غيّر برنامج آخر الملف ‎{file}‎.

{changes}

هل يُعاد تحميله (تُحفظ نسختك غير المحفوظة في السجل)، أم تُبقي على نسختك؟</translation>
    </message>
    <message>
        <source>Merge takes the other program&apos;s changes into the slides you did not edit and keeps your unsaved edits.</source>
        <translation>الدمج يأخذ تغييرات البرنامج الآخر إلى الشرائح التي لم تعدّلها، ويُبقي تعديلاتك غير المحفوظة.</translation>
    </message>
    <message>
        <source>Article changed on disk</source>
        <translation>تغيّر المقال على القرص</translation>
    </message>
    <message>
        <source>Merged the changes made on disk with yours</source>
        <translation>دُمجت التغييرات التي جرت على القرص مع تغييراتك</translation>
    </message>
    <message>
        <source>Reloaded {file}, changed on disk: {changes}. Your version is in History (Undo brings it back)</source>
        <translation>أُعيد تحميل ‎{file}‎ بعد تغييره على القرص: {changes}. نسختك في السجل (التراجع يعيدها)</translation>
    </message>
    <message>
        <source>{file} was changed by another program: you will be asked when you pause</source>
        <translation>غيّر برنامج آخر الملف ‎{file}‎: ستُسأل عندما تتوقف عن الكتابة</translation>
    </message>
    <message>
        <source>The new version cannot be read: {reason}</source>
        <translation>تتعذّر قراءة النسخة الجديدة: {reason}</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءته</translation>
    </message>
    <message>
        <source>This article cannot be read; double-click to see why</source>
        <translation>يتعذّر قراءة هذا المقال؛ انقر نقرًا مزدوجًا لمعرفة السبب</translation>
    </message>
</context>
<context>
    <name>AssignImages</name>
    <message>
        <source>Choose Images for All Slides</source>
        <translation>اختيار صور لكل الشرائح</translation>
    </message>
    <message>
        <source>Every slide has an image already</source>
        <translation>لكل شريحة صورة بالفعل</translation>
    </message>
    <message>
        <source>1 slide has no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>شريحة واحدة بلا صورة. اختر مجلد صور، أو عدة ملفات صور: تُوزَّع على تلك الشرائح بترتيب أسمائها.</translation>
    </message>
    <message>
        <source>%n slides have no image. Choose a folder of images, or several image files: they are given, in name order, to those slides.</source>
        <translation>شرائح بلا صورة عددها %n. اختر مجلد صور، أو عدة ملفات صور: تُوزَّع على تلك الشرائح بترتيب أسمائها.</translation>
    </message>
    <message>
        <source>No images (JPEG, PNG, WebP, GIF or SVG) found in {names}.</source>
        <translation>لم يُعثر على صور (JPEG أو PNG أو WebP أو GIF أو SVG) في {names}.</translation>
    </message>
    <message>
        <source>Choose images for 1 slide</source>
        <translation>اختيار صور لشريحة واحدة</translation>
    </message>
    <message>
        <source>Choose images for %n slides</source>
        <translation>اختيار صور لشرائح عددها %n</translation>
    </message>
    <message>
        <source>These files were not used:
{files}</source>
        <translation>لم تُستخدم هذه الملفات:
{files}</translation>
    </message>
    <message>
        <source>Images chosen for 1 slide</source>
        <translation>اختيرت صورة لشريحة واحدة</translation>
    </message>
    <message>
        <source>Images chosen for %n slides</source>
        <translation>اختيرت صور لشرائح عددها %n</translation>
    </message>
    <message>
        <source>%n still without an image</source>
        <translation>ما زال بلا صورة: %n</translation>
    </message>
    <message>
        <source>1 image left over</source>
        <translation>بقيت صورة واحدة زائدة</translation>
    </message>
    <message>
        <source>%n images left over</source>
        <translation>صور زائدة عددها %n</translation>
    </message>
</context>
<context>
    <name>CaptionCells</name>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <source>Recovery copy not written: {reason}</source>
        <translation>لم تُكتب نسخة الاسترداد: {reason}</translation>
    </message>
    <message>
        <source>Recovery copy not written</source>
        <translation>لم تُكتب نسخة الاسترداد</translation>
    </message>
    <message>
        <source>Slidewright could not copy your unsaved changes aside: {reason}.

Your work is still open; save it to keep it.</source>
        <translation>تعذّر على Slidewright نسخ تغييراتك غير المحفوظة جانبًا: {reason}.

ما زال عملك مفتوحًا؛ احفظه للاحتفاظ به.</translation>
    </message>
    <message>
        <source>Recovery copy cannot be read</source>
        <translation>تتعذّر قراءة نسخة الاسترداد</translation>
    </message>
    <message>
        <source>Slidewright kept unsaved changes to this article in
{file}
but cannot read them ({problem}). The copy is kept there for you.</source>
        <translation>احتفظ Slidewright بتغييرات غير محفوظة لهذا المقال في
‎{file}‎
لكنه لا يستطيع قراءتها ({problem}). والنسخة باقية هناك من أجلك.</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>استعادة التغييرات غير المحفوظة؟</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>استعادة التغييرات غير المحفوظة</translation>
    </message>
</context>
<context>
    <name>CredentialsLine</name>
    <message>
        <source>What failed:</source>
        <translation>ما فشل:</translation>
    </message>
    <message>
        <source>Written by: {generator}</source>
        <translation>كتبه: {generator}</translation>
    </message>
    <message>
        <source>Author: {names}</source>
        <translation>المؤلف: {names}</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>ما أُجري:</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>صُنعت من:</translation>
    </message>
    <message>
        <source>{title} (the original)</source>
        <translation>{title} (الأصل)</translation>
    </message>
    <message>
        <source>The credentials say the picture must not be used to train AI.</source>
        <translation>تقول بيانات الاعتماد إن الصورة يجب ألّا تُستخدم لتدريب الذكاء الاصطناعي.</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>بيانات اعتماد المحتوى</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Content Credentials details</source>
        <translation>تفاصيل بيانات اعتماد المحتوى</translation>
    </message>
    <message>
        <source>{mark} Content Credentials: {summary}</source>
        <translation>{mark} بيانات اعتماد المحتوى: {summary}</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>{number} MB</source>
        <translation>{number} ميغابايت</translation>
    </message>
    <message>
        <source>{number} kB</source>
        <translation>{number} كيلوبايت</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2026-11-27, 27 Nov 2026 or Nov 27, 2026</source>
        <translation>مثل: 2026-11-27 أو 27 نوفمبر 2026 أو Nov 27, 2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>اختيار التاريخ من تقويم</translation>
    </message>
    <message>
        <source>Article date calendar</source>
        <translation>تقويم تاريخ المقال</translation>
    </message>
    <message>
        <source>The Date field holds “{text}”, which is not a date, so it is not saved.</source>
        <translation>يحوي حقل التاريخ «{text}»، وهو ليس تاريخًا، فلا يُحفظ.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>DiskChanges</name>
    <message>
        <source>slide {number} ({heading})</source>
        <translation>الشريحة {number} ({heading})</translation>
    </message>
    <message>
        <source>slide {number}</source>
        <translation>الشريحة {number}</translation>
    </message>
    <message>
        <source>Changed: {slides} and 1 more</source>
        <translation>تغيّر: {slides} وشريحة أخرى</translation>
    </message>
    <message>
        <source>Changed: {slides} and {more} more</source>
        <translation>تغيّر: {slides} وغيرها ({more})</translation>
    </message>
    <message>
        <source>Changed: {slides}</source>
        <translation>تغيّر: {slides}</translation>
    </message>
    <message>
        <source>Added: 1 slide at the end</source>
        <translation>أُضيف: شريحة واحدة في النهاية</translation>
    </message>
    <message>
        <source>Added: %n slides at the end</source>
        <translation>أُضيف: شرائح في النهاية عددها %n</translation>
    </message>
    <message>
        <source>Removed: the last slide</source>
        <translation>حُذف: الشريحة الأخيرة</translation>
    </message>
    <message>
        <source>Removed: the last %n slides</source>
        <translation>حُذف: آخر الشرائح، وعددها %n</translation>
    </message>
    <message>
        <source>Article: {fields}</source>
        <translation>المقال: {fields}</translation>
    </message>
    <message>
        <source>No difference in the article&apos;s content (only its layout).</source>
        <translation>لا فرق في محتوى المقال (في تنسيقه فقط).</translation>
    </message>
</context>
<context>
    <name>DiskConflict</name>
    <message>
        <source>the number of slides</source>
        <translation>عدد الشرائح</translation>
    </message>
    <message>
        <source>You and the other program both changed: {places}.</source>
        <translation>غيّرتَ أنت والبرنامج الآخر كلاكما: {places}.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>إعادة التحميل من القرص</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Keep My Version</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>{file} was changed by another program since you opened it.

Overwrite it with your version? Their changes will be lost.</source>
        <translation>غيّر برنامج آخر الملف ‎{file}‎ منذ أن فتحته.

هل تكتب نسختك فوقه؟ ستضيع تغييراته.</translation>
    </message>
    <message>
        <source>Merge takes their changes into the slides you did not edit, then saves.</source>
        <translation>الدمج يأخذ تغييراته إلى الشرائح التي لم تعدّلها، ثم يحفظ.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
        <source>Merge and Save</source>
        <translation>الدمج والحفظ</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>الكتابة فوقه</translation>
    </message>
    <message>
        <source>Merge changes from disk</source>
        <translation>دمج التغييرات من القرص</translation>
    </message>
    <message>
        <source>Before reload</source>
        <translation>قبل إعادة التحميل</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>إعادة التحميل من القرص</translation>
    </message>
</context>
<context>
    <name>FieldTexts</name>
    <message>
        <source>Hea&amp;ding</source>
        <translation>الع&amp;نوان</translation>
    </message>
    <message>
        <source>Slide heading</source>
        <translation>عنوان الشريحة</translation>
    </message>
    <message>
        <source>The slide&apos;s heading, numbered on the page; its image files are named after it</source>
        <translation>عنوان الشريحة، مرقّمًا في الصفحة؛ وتُسمّى ملفات صورتها باسمه</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>&amp;Alt text</source>
        <translation>النص ال&amp;بديل</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it</source>
        <translation>صِف الصورة للقرّاء الذين لا يستطيعون رؤيتها</translation>
    </message>
    <message>
        <source>Read aloud to readers who cannot see the image: what it shows, in a sentence</source>
        <translation>يُقرأ بصوت عالٍ للقرّاء الذين لا يرون الصورة: ما تُظهره، في جملة</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>C&amp;redit</source>
        <translation>ال&amp;حقوق</translation>
    </message>
    <message>
        <source>e.g. Jana Novak/Shutterstock (the label is added for you)</source>
        <translation>مثل: Jana Novak/Shutterstock (التسمية تُضاف تلقائيًا)</translation>
    </message>
    <message>
        <source>Who made the image and for which agency, as the agency asks to be credited</source>
        <translation>من صنع الصورة ولأي وكالة، كما تطلب الوكالة أن تُنسب</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>التع&amp;ليق</translation>
    </message>
    <message>
        <source>Optional caption</source>
        <translation>تعليق اختياري</translation>
    </message>
    <message>
        <source>A line under the image, beside the credit (optional): *italic*, **bold**, [a link](…)</source>
        <translation>سطر تحت الصورة، بجانب الحقوق (اختياري): *مائل*، **غامق**، [رابط](…)</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>الن&amp;ص</translation>
    </message>
    <message>
        <source>Body paragraphs in Markdown</source>
        <translation>فقرات النص بصيغة Markdown</translation>
    </message>
    <message>
        <source>The slide&apos;s paragraphs, in Markdown: *italic*, **bold**, [a link](https://…)</source>
        <translation>فقرات الشريحة بصيغة Markdown: *مائل*، **غامق**، [رابط](https://…)</translation>
    </message>
    <message>
        <source>body</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>e.g. CC BY-SA 4.0</source>
        <translation>مثل: CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>The image&apos;s licence when it is not an agency photo, e.g. CC BY-SA 4.0</source>
        <translation>ترخيص الصورة حين لا تكون صورة وكالة، مثل CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>المُنشئ</translation>
    </message>
    <message>
        <source>Photographer or author</source>
        <translation>المصوّر أو المؤلف</translation>
    </message>
    <message>
        <source>The photographer or author a licence asks you to name</source>
        <translation>المصوّر أو المؤلف الذي يطلب الترخيص ذكر اسمه</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>المُنشئ</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Where the image was found (its page, not the image file)</source>
        <translation>حيث وُجدت الصورة (صفحتها، لا ملف الصورة)</translation>
    </message>
    <message>
        <source>source link</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>Licence link</source>
        <translation>رابط الترخيص</translation>
    </message>
    <message>
        <source>https://creativecommons.org/licenses/…</source>
        <translation>https://creativecommons.org/licenses/…</translation>
    </message>
    <message>
        <source>The licence&apos;s own page, linked beside the credit</source>
        <translation>صفحة الترخيص نفسها، مربوطة بجانب الحقوق</translation>
    </message>
    <message>
        <source>licence link</source>
        <translation>رابط الترخيص</translation>
    </message>
    <message>
        <source>Licence from</source>
        <translation>الترخيص من</translation>
    </message>
    <message>
        <source>e.g. 2026-01-01</source>
        <translation>مثل: 2026-01-01</translation>
    </message>
    <message>
        <source>The first day the image&apos;s licence covers (YYYY-MM-DD), from the agency&apos;s invoice</source>
        <translation>أول يوم يشمله ترخيص الصورة (YYYY-MM-DD)، من فاتورة الوكالة</translation>
    </message>
    <message>
        <source>licence start</source>
        <translation>بداية الترخيص</translation>
    </message>
    <message>
        <source>Licence until</source>
        <translation>الترخيص حتى</translation>
    </message>
    <message>
        <source>e.g. 2027-12-31</source>
        <translation>مثل: 2027-12-31</translation>
    </message>
    <message>
        <source>The last day the image may be shown (YYYY-MM-DD); File &gt; Open Library warns before it</source>
        <translation>آخر يوم يجوز فيه عرض الصورة (YYYY-MM-DD)؛ وملف ◂ فتح المكتبة ينبّه قبله</translation>
    </message>
    <message>
        <source>licence end</source>
        <translation>نهاية الترخيص</translation>
    </message>
    <message>
        <source>Editorial use only</source>
        <translation>للاستخدام التحريري فقط</translation>
    </message>
    <message>
        <source>The agency allows this image beside news only: a sponsored article may not use it</source>
        <translation>تسمح الوكالة بهذه الصورة بجانب الأخبار فقط: لا يجوز لمقال مموَّل استخدامها</translation>
    </message>
    <message>
        <source>editorial use</source>
        <translation>الاستخدام التحريري</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>الع&amp;نوان</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>عنوان المقال</translation>
    </message>
    <message>
        <source>The article&apos;s headline, also the page title in search results</source>
        <translation>العنوان الرئيسي للمقال، وهو أيضًا عنوان الصفحة في نتائج البحث</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>الوص&amp;ف</translation>
    </message>
    <message>
        <source>The standfirst under the title</source>
        <translation>المقدمة تحت العنوان</translation>
    </message>
    <message>
        <source>The standfirst under the title; search results show it as the summary</source>
        <translation>المقدمة تحت العنوان؛ وتعرضها نتائج البحث ملخّصًا</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>ال&amp;قسم</translation>
    </message>
    <message>
        <source>Section shown in the breadcrumb, e.g. Travel</source>
        <translation>القسم الظاهر في مسار التنقل، مثل: سفر</translation>
    </message>
    <message>
        <source>The section the article belongs to, shown in the breadcrumb</source>
        <translation>القسم الذي ينتمي إليه المقال، ظاهرًا في مسار التنقل</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>ال&amp;وسوم</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Topics, comma-separated, for feeds and site exports</source>
        <translation>الموضوعات، مفصولة بفواصل، للموجزات وتصدير المواقع</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>الكات&amp;ب</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>The byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>التا&amp;ريخ</translation>
    </message>
    <message>
        <source>The publication date: type it in most forms, it is saved as YYYY-MM-DD</source>
        <translation>تاريخ النشر: اكتبه بأغلب الصيغ، ويُحفظ بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Credit la&amp;bel</source>
        <translation>تسمية ال&amp;حقوق</translation>
    </message>
    <message>
        <source>Printed before each credit, e.g. Credit</source>
        <translation>تُطبع قبل كل حقوق، مثل: تصوير</translation>
    </message>
    <message>
        <source>The word printed before every credit, e.g. Credit or Photo</source>
        <translation>الكلمة المطبوعة قبل كل حقوق، مثل: تصوير أو الصورة</translation>
    </message>
    <message>
        <source>credit label</source>
        <translation>تسمية الحقوق</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>e.g. en-GB, for spelling and the page (empty: the system&apos;s language)</source>
        <translation>مثل: ar أو en-GB، للتدقيق الإملائي والصفحة (فارغ: لغة النظام)</translation>
    </message>
    <message>
        <source>The article&apos;s language: the spelling dictionary, and the page&apos;s lang for readers</source>
        <translation>لغة المقال: قاموس التدقيق الإملائي، وسمة lang للصفحة من أجل القرّاء</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sponsored article</source>
        <translation>مقال مموَّل</translation>
    </message>
    <message>
        <source>Sponsored content: images licensed for editorial use only become errors in Problems</source>
        <translation>محتوى مموَّل: الصور المرخّصة للاستخدام التحريري فقط تصبح أخطاء في المشكلات</translation>
    </message>
    <message>
        <source>sponsored</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Publish locations</source>
        <translation>نشر المواقع الجغرافية</translation>
    </message>
    <message>
        <source>Keep the pictures&apos; GPS position and place names in the published files (a travel piece); off: every location is removed</source>
        <translation>الإبقاء على موقع GPS للصور وأسماء الأماكن في الملفات المنشورة (لمادة عن السفر مثلًا)؛ وعند الإيقاف: يُحذف كل موقع</translation>
    </message>
    <message>
        <source>publish locations</source>
        <translation>نشر المواقع الجغرافية</translation>
    </message>
    <message>
        <source>&amp;Intro</source>
        <translation>الاست&amp;هلال</translation>
    </message>
    <message>
        <source>Intro paragraphs in Markdown, shown before the first slide</source>
        <translation>فقرات الاستهلال بصيغة Markdown، تظهر قبل الشريحة الأولى</translation>
    </message>
    <message>
        <source>Paragraphs before the first slide, in Markdown</source>
        <translation>الفقرات التي تسبق الشريحة الأولى، بصيغة Markdown</translation>
    </message>
    <message>
        <source>intro</source>
        <translation>الاستهلال</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>اقرأ المزيد</translation>
    </message>
    <message>
        <source>Links to other articles, shown after the last slide</source>
        <translation>روابط إلى مقالات أخرى، تظهر بعد الشريحة الأخيرة</translation>
    </message>
    <message>
        <source>read more</source>
        <translation>«اقرأ المزيد»</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole article</source>
        <translation>البحث في المقال كله</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>الاستبدال بـ</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>م&amp;طابقة حالة الأحرف</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;كلمات كاملة</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>التال&amp;ي ◀</translation>
    </message>
    <message>
        <source>Repla&amp;ce</source>
        <translation>&amp;استبدال</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>استبدال ال&amp;جميع</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Enter: next match · Shift+Enter: previous · Esc: close</source>
        <translation>Enter: النتيجة التالية · Shift+Enter: السابقة · Esc: إغلاق</translation>
    </message>
    <message>
        <source>The text each match is replaced with</source>
        <translation>النص الذي تُستبدل به كل نتيجة</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>البحث عن النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>البحث عن النتيجة التالية (F3)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>استبدال الجميع</translation>
    </message>
    <message>
        <source>Replace every match in the article: one undo step</source>
        <translation>استبدال كل نتيجة في المقال: خطوة تراجع واحدة</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>استبدال:</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message>
        <source>Replaced the last one</source>
        <translation>استُبدلت النتيجة الأخيرة</translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation>استُبدلت نتيجة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n matches</source>
        <translation>
            <numerusform>لم يُستبدل شيء (%n)</numerusform>
            <numerusform>استُبدلت نتيجة واحدة (%n)</numerusform>
            <numerusform>استُبدلت نتيجتان (%n)</numerusform>
            <numerusform>استُبدلت %n نتائج</numerusform>
            <numerusform>استُبدلت %n نتيجة</numerusform>
            <numerusform>استُبدلت %n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} من {count}</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <source>Replace “{text}”</source>
        <translation>استبدال «{text}»</translation>
    </message>
    <message>
        <source>Before Replace All “{text}”</source>
        <translation>قبل استبدال الجميع «{text}»</translation>
    </message>
    <message>
        <source>Replace “{text}” ({count})</source>
        <translation>استبدال «{text}» ({count})</translation>
    </message>
</context>
<context>
    <name>FirstSave</name>
    <message>
        <source>Saving changes how the file is written</source>
        <translation>الحفظ يغيّر طريقة كتابة الملف</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <source>{file} was written by hand or by another program. Saving keeps your article, but not all of the file as it is written:

{changes}

A copy of the file as it is now will be kept beside it as {copy} (a hidden file, which Hugo and Jekyll do not publish).

Save?</source>
        <translation>كُتب ‎{file}‎ يدويًا أو ببرنامج آخر. الحفظ يُبقي على مقالك، لكن لا يُبقي على الملف كله كما هو مكتوب:

{changes}

ستُحفظ نسخة من الملف بحاله الآن بجانبه باسم ‎{copy}‎ (ملف مخفي لا ينشره Hugo ولا Jekyll).

هل تحفظ؟</translation>
    </message>
    <message>
        <source>Not saved: {file} is unchanged</source>
        <translation>لم يُحفظ: ‎{file}‎ لم يتغير</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>A copy of {file} could not be kept: {reason}. Nothing was saved; your changes are still open here.</source>
        <translation>تعذّر الاحتفاظ بنسخة من ‎{file}‎: {reason}. لم يُحفظ شيء؛ وتغييراتك ما زالت مفتوحة هنا.</translation>
    </message>
    <message>
        <source>Not saved: no copy of the original could be kept ({reason})</source>
        <translation>لم يُحفظ: تعذّر الاحتفاظ بنسخة من الأصل ({reason})</translation>
    </message>
</context>
<context>
    <name>FormatTools</name>
    <message>
        <source>Formatting works in the Markdown fields (a slide&apos;s body and caption, the article&apos;s intro): headings and titles are published as plain text</source>
        <translation>التنسيق يعمل في حقول Markdown (نص الشريحة وتعليقها، واستهلال المقال): العناوين تُنشر نصًّا عاديًا</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Remove Formatting</source>
        <translation>إزالة التنسيق</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
</context>
<context>
    <name>FromFile</name>
    <message>
        <source>Pasted pixels carry no credit: type the slide&apos;s credit</source>
        <translation>البكسلات الملصوقة لا تحمل حقوقًا: اكتب حقوق الشريحة</translation>
    </message>
    <message>
        <source>The file names no credit: type the slide&apos;s credit</source>
        <translation>الملف لا يذكر حقوقًا: اكتب حقوق الشريحة</translation>
    </message>
    <message>
        <source>The file&apos;s credit lines disagree (the Problems panel names them): type the slide&apos;s credit</source>
        <translation>أسطر الإسناد في الملف متعارضة (تذكرها لوحة المشكلات): اكتب إسناد الشريحة</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>المُنشئ</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>licence link</source>
        <translation>رابط الترخيص</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} و{last}</translation>
    </message>
    <message>
        <source>{fields} filled from the file: {credit}</source>
        <translation>مُلئ من الملف: {fields}: {credit}</translation>
    </message>
    <message>
        <source>The file says &quot;{credit}&quot;; the typed credit was kept (Problems offers the file&apos;s credit)</source>
        <translation>يقول الملف «{credit}»؛ وأُبقي على الحقوق المكتوبة (تعرض المشكلات حقوق الملف)</translation>
    </message>
    <message>
        <source>Credit and alt text cleared: they described the previous picture</source>
        <translation>مُسحت الحقوق والنص البديل: كانا يصفان الصورة السابقة</translation>
    </message>
    <message>
        <source>Credit cleared: it described the previous picture</source>
        <translation>مُسحت الحقوق: كانت تصف الصورة السابقة</translation>
    </message>
    <message>
        <source>Alt text cleared: it described the previous picture</source>
        <translation>مُسح النص البديل: كان يصف الصورة السابقة</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Before restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
</context>
<context>
    <name>HistoryKeeper</name>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>كما فُتح</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
        <source>History: {reason}</source>
        <translation>السجل: {reason}</translation>
    </message>
    <message>
        <source>The version before could not be read</source>
        <translation>تعذّرت قراءة النسخة السابقة</translation>
    </message>
    <message>
        <source>This version was not kept in the history: {reason}</source>
        <translation>لم تُحفظ هذه النسخة في السجل: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Before import</source>
        <translation>قبل الاستيراد</translation>
    </message>
</context>
<context>
    <name>InsertSlides</name>
    <message>
        <source>Add slide</source>
        <translation>إضافة شريحة</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Open Library: a folder of articles</source>
        <translation>فتح المكتبة: مجلد مقالات</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>فتح المكتبة</translation>
    </message>
    <message>
        <source>The library cannot be opened: {reason}</source>
        <translation>يتعذّر فتح المكتبة: {reason}</translation>
    </message>
</context>
<context>
    <name>LengthHint</name>
    <message>
        <source>{count} characters: {why} (about {limit}). The rest will be cut.</source>
        <translation>عدد الأحرف {count}: {why} (نحو {limit}). وسيُقتطع الباقي.</translation>
    </message>
    <message>
        <source>{count} characters: {why} (about {limit}).</source>
        <translation>عدد الأحرف {count}: {why} (نحو {limit}).</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>الأحرف: {count} من {limit}</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>All pictures</source>
        <translation>كل الصور</translation>
    </message>
    <message>
        <source>Licence expiring in {days} days (or ended)</source>
        <translation>ترخيص ينتهي خلال {days} يومًا (أو انتهى)</translation>
    </message>
    <message>
        <source>Credited differently elsewhere</source>
        <translation>منسوبة بشكل مختلف في موضع آخر</translation>
    </message>
    <message>
        <source>No licence recorded</source>
        <translation>لا ترخيص مسجَّل</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>المكتبة: ‎{folder}‎</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>ال&amp;مقالات</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>ال&amp;صور</translation>
    </message>
    <message>
        <source>Search titles, folders and credits</source>
        <translation>البحث في العناوين والمجلدات والحقوق</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>إظهار الصور</translation>
    </message>
    <message>
        <source>Where the picture is used</source>
        <translation>حيث تُستخدم الصورة</translation>
    </message>
    <message>
        <source>Where used (double-click to open the article at the slide):</source>
        <translation>مواضع الاستخدام (انقر نقرًا مزدوجًا لفتح المقال على الشريحة):</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>جارٍ الفهرسة…</translation>
    </message>
    <message>
        <source>Indexing failed: {reason}</source>
        <translation>فشلت الفهرسة: {reason}</translation>
    </message>
    <message>
        <source>Indexing {done} of {total} articles…</source>
        <translation>جارٍ فهرسة المقالات: {done} من {total}…</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>مقال واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقال</numerusform>
            <numerusform>%n مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>{articles}, {pictures} pictures, {findings} findings</source>
        <translation>{articles}، الصور: {pictures}، المشكلات: {findings}</translation>
    </message>
    <message>
        <source>(no credit)</source>
        <translation>(بلا حقوق)</translation>
    </message>
    <message>
        <source>{article}, slide {number}: {credit}, licence until {end}</source>
        <translation>{article}، الشريحة {number}: {credit}، الترخيص حتى {end}</translation>
    </message>
    <message>
        <source>{article}, slide {number}: {credit}</source>
        <translation>{article}، الشريحة {number}: {credit}</translation>
    </message>
</context>
<context>
    <name>LibraryNotes</name>
    <message>
        <source>Across the library ({count})</source>
        <translation>على مستوى المكتبة ({count})</translation>
    </message>
    <message>
        <source>From File ▸ Open Library…&apos;s index of this article&apos;s folder</source>
        <translation>من فهرس ملف ◂ فتح المكتبة… لمجلد هذا المقال</translation>
    </message>
    <message>
        <source>{severity}: slide {number}: {message}</source>
        <translation>{severity}: الشريحة {number}: {message}</translation>
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
        <translation>«{text}» ليس عنوان ويب ولا بريدًا إلكترونيًا ولا ملفًا في مجلد المقال: الرابط يذهب إلى https://… أو http://… أو mailto:… أو إلى ملف من ملفات المقال.</translation>
    </message>
    <message>
        <source>E-mail link: {address}</source>
        <translation>رابط بريد إلكتروني: ‎{address}‎</translation>
    </message>
    <message>
        <source>Link to the article&apos;s file: {address}</source>
        <translation>رابط إلى ملف المقال: ‎{address}‎</translation>
    </message>
    <message>
        <source>Link to: {address}</source>
        <translation>رابط إلى: ‎{address}‎</translation>
    </message>
</context>
<context>
    <name>MoveSlides</name>
    <message>
        <source>Move slide</source>
        <translation>نقل الشريحة</translation>
    </message>
    <message>
        <source>Move %n slides</source>
        <translation>نقل الشرائح (%n)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note &amp;on:</source>
        <translation>ملاحظة &amp;على:</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it</source>
        <translation>Ctrl+Enter يرسلها</translation>
    </message>
</context>
<context>
    <name>NotesGone</name>
    <message>
        <source>1 open note went with the deleted slide; Undo brings it back</source>
        <translation>ذهبت ملاحظة مفتوحة واحدة مع الشريحة المحذوفة؛ والتراجع يعيدها</translation>
    </message>
    <message>
        <source>%n open notes went with the deleted slides; Undo brings them back</source>
        <translation>ذهبت ملاحظات مفتوحة عددها %n مع الشرائح المحذوفة؛ والتراجع يعيدها</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>{author}, {time}: {text}</source>
        <translation>{author}، {time}: {text}</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملاح&amp;ظات</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Editor&apos;s notes</source>
        <translation>ملاحظات المحرر</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>إظهار المحلولة</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>الشريحة {number}</translation>
    </message>
    <message>
        <source>{note} (resolved)</source>
        <translation>{note} (محلولة)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Notes (%n open)</source>
        <translation>
            <numerusform>الملاح&amp;ظات (لا مفتوح: %n)</numerusform>
            <numerusform>الملاح&amp;ظات (%n مفتوحة)</numerusform>
            <numerusform>الملاح&amp;ظات (%n مفتوحتان)</numerusform>
            <numerusform>الملاح&amp;ظات (%n مفتوحة)</numerusform>
            <numerusform>الملاح&amp;ظات (%n مفتوحة)</numerusform>
            <numerusform>الملاح&amp;ظات (%n مفتوحة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Add note on the article</source>
        <translation>إضافة ملاحظة على المقال</translation>
    </message>
    <message>
        <source>Add note on slide {number}</source>
        <translation>إضافة ملاحظة على الشريحة {number}</translation>
    </message>
    <message>
        <source>Reply to note</source>
        <translation>الرد على الملاحظة</translation>
    </message>
    <message>
        <source>Resolve note</source>
        <translation>حلّ الملاحظة</translation>
    </message>
    <message>
        <source>Reopen note</source>
        <translation>إعادة فتح الملاحظة</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>الشريحة {number}: {heading}</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Note for the editor:</source>
        <translation>ملاحظة للمحرر:</translation>
    </message>
    <message>
        <source>Reply to {author}: “{note}”</source>
        <translation>الرد على {author}: «{note}»</translation>
    </message>
    <message>
        <source>Reply to the note: “{note}”</source>
        <translation>الرد على الملاحظة: «{note}»</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
</context>
<context>
    <name>OpenElsewhere</name>
    <message>
        <source>“{title}” is open in another Slidewright window too (process {pid}). Edit it in one window only: when both save, the later save finds the file changed and asks which version to keep.</source>
        <translation>«{title}» مفتوح أيضًا في نافذة أخرى من Slidewright (العملية {pid}). حرّره في نافذة واحدة فقط: إذا حفظت النافذتان، يجد الحفظ الأخير الملف قد تغيّر ويسأل أي نسخة تُبقي.</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>مفتوح في نافذة أخرى</translation>
    </message>
</context>
<context>
    <name>PasteImage</name>
    <message>
        <source>The picture on the clipboard is {width} × {height} pixels; a slide image may have up to {millions} million.</source>
        <translation>الصورة في الحافظة {width} × {height} بكسل؛ وصورة الشريحة قد تصل إلى {millions} مليون.</translation>
    </message>
</context>
<context>
    <name>PhotosModel</name>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>مستخدمة في</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Licence until</source>
        <translation>الترخيص حتى</translation>
    </message>
    <message>
        <source>{names} and 1 more</source>
        <translation>{names} وواحد آخر</translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} و{more} غيرها</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Preview could not update: {reason}</source>
        <translation>تعذّر تحديث المعاينة: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewRender</name>
    <message>
        <source>Remote image from {host} is not loaded in the preview</source>
        <translation>الصورة البعيدة من {host} لا تُحمَّل في المعاينة</translation>
    </message>
    <message>
        <source>Remote image from the web is not loaded in the preview</source>
        <translation>الصورة البعيدة من الويب لا تُحمَّل في المعاينة</translation>
    </message>
    <message>
        <source>Image outside the article folder: {path}</source>
        <translation>صورة خارج مجلد المقال: ‎{path}‎</translation>
    </message>
    <message>
        <source>Image not shown: {reason}</source>
        <translation>لم تُعرض الصورة: {reason}</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>لم يُعثر على الصورة: ‎{path}‎</translation>
    </message>
    <message>
        <source>Image not shown: {path}: {reason}</source>
        <translation>لم تُعرض الصورة: ‎{path}‎: {reason}</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune Older Versions</source>
        <translation>تقليص النسخ الأقدم</translation>
    </message>
    <message>
        <source>Delete older versions of this article&apos;s history:</source>
        <translation>حذف النسخ الأقدم من سجل هذا المقال:</translation>
    </message>
    <message>
        <source>Keep the {count} newest versions</source>
        <translation>الإبقاء على أحدث {count} من النسخ</translation>
    </message>
    <message>
        <source>Delete versions older than {days} days</source>
        <translation>حذف النسخ الأقدم من {days} يومًا</translation>
    </message>
    <message>
        <source>1 version, frees {space}</source>
        <translation>نسخة واحدة، تُحرِّر {space}</translation>
    </message>
    <message numerus="yes">
        <source>%n versions, frees {space}</source>
        <translation>
            <numerusform>لا نسخ (%n)، تُحرِّر {space}</numerusform>
            <numerusform>نسخة واحدة (%n)، تُحرِّر {space}</numerusform>
            <numerusform>نسختان (%n)، تُحرِّران {space}</numerusform>
            <numerusform>%n نسخ، تُحرِّر {space}</numerusform>
            <numerusform>%n نسخة، تُحرِّر {space}</numerusform>
            <numerusform>%n نسخة، تُحرِّر {space}</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>لا شيء للحذف</translation>
    </message>
    <message>
        <source>Deleted versions cannot be brought back.</source>
        <translation>النسخ المحذوفة لا يمكن استرجاعها.</translation>
    </message>
    <message>
        <source>Delete Versions</source>
        <translation>حذف النسخ</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

{file} has changed on disk since these edits were made (another program or window wrote it). Restoring puts your edits in place of what the file holds now; Undo brings the file&apos;s version back.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>احتفظ Slidewright بتغييرات غير محفوظة على «{title}» منذ {when}؛ وانتهت تلك الجلسة دون حفظها.

تغيّر ‎{file}‎ على القرص منذ إجراء هذه التعديلات (كتبه برنامج آخر أو نافذة أخرى). الاستعادة تضع تعديلاتك مكان ما يحويه الملف الآن؛ والتراجع يعيد نسخة الملف.

هل تستعيدها؟ يمكنك التراجع عن الاستعادة، ولا يُحفظ شيء حتى تحفظ. والتجاهل يحذف النسخة المحتفَظ بها.</translation>
    </message>
    <message>
        <source>Slidewright kept unsaved changes to “{title}” from {when}; that session ended without saving them.

Restore them? You can undo the restore, and nothing is saved until you save. Discarding deletes the kept copy.</source>
        <translation>احتفظ Slidewright بتغييرات غير محفوظة على «{title}» منذ {when}؛ وانتهت تلك الجلسة دون حفظها.

هل تستعيدها؟ يمكنك التراجع عن الاستعادة، ولا يُحفظ شيء حتى تحفظ. والتجاهل يحذف النسخة المحتفَظ بها.</translation>
    </message>
</context>
<context>
    <name>RemoveSlides</name>
    <message>
        <source>Delete slide</source>
        <translation>حذف الشريحة</translation>
    </message>
    <message>
        <source>Delete %n slides</source>
        <translation>حذف الشرائح (%n)</translation>
    </message>
</context>
<context>
    <name>SetArticleField</name>
    <message>
        <source>Format article {field}</source>
        <translation>تنسيق {field} في المقال</translation>
    </message>
    <message>
        <source>Edit article {field}</source>
        <translation>تعديل {field} في المقال</translation>
    </message>
</context>
<context>
    <name>SetImageWithCredits</name>
    <message>
        <source>Set slide {number} image and its credit from the file</source>
        <translation>تعيين صورة الشريحة {number} وحقوقها من الملف</translation>
    </message>
    <message>
        <source>Set slide {number} image</source>
        <translation>تعيين صورة الشريحة {number}</translation>
    </message>
</context>
<context>
    <name>SetSlideField</name>
    <message>
        <source>Format slide {number} {field}</source>
        <translation>تنسيق {field} في الشريحة {number}</translation>
    </message>
    <message>
        <source>Edit slide {number} {field}</source>
        <translation>تعديل {field} في الشريحة {number}</translation>
    </message>
</context>
<context>
    <name>SlideEditor</name>
    <message>
        <source>Licence and source</source>
        <translation>الترخيص والمصدر</translation>
    </message>
    <message>
        <source>Licence, creator and source links, for images that are not agency photos</source>
        <translation>الترخيص والمُنشئ وروابط المصدر، للصور التي ليست صور وكالات</translation>
    </message>
    <message>
        <source>Slide image</source>
        <translation>صورة الشريحة</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <source>Choose Image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Choose the slide&apos;s image; or drop an image file here, or paste one (Ctrl+V)</source>
        <translation>اختر صورة الشريحة؛ أو أفلت ملف صورة هنا، أو الصق واحدة (Ctrl+V)</translation>
    </message>
    <message numerus="yes">
        <source>Licence and source (%n filled)</source>
        <translation>
            <numerusform>الترخيص والمصدر (%n معبأ)</numerusform>
            <numerusform>الترخيص والمصدر (حقل واحد معبأ: %n)</numerusform>
            <numerusform>الترخيص والمصدر (حقلان معبآن: %n)</numerusform>
            <numerusform>الترخيص والمصدر (%n حقول معبأة)</numerusform>
            <numerusform>الترخيص والمصدر (%n حقلًا معبأً)</numerusform>
            <numerusform>الترخيص والمصدر (%n حقل معبأ)</numerusform>
        </translation>
    </message>
    <message>
        <source>No image: choose one, drop or paste a file here</source>
        <translation>لا صورة: اختر واحدة، أو أفلت ملفًا أو الصقه هنا</translation>
    </message>
</context>
<context>
    <name>SlideList</name>
    <message>
        <source>1 problem, worst: {severity}</source>
        <translation>مشكلة واحدة، أشدّها: {severity}</translation>
    </message>
    <message>
        <source>%n problems, worst: {severity}</source>
        <translation>المشكلات: %n، أشدّها: {severity}</translation>
    </message>
</context>
<context>
    <name>SlideListModel</name>
    <message>
        <source>Untitled slide</source>
        <translation>شريحة بلا عنوان</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>بلا صورة</translation>
    </message>
    <message numerus="yes">
        <source>%n credit/image finding(s), worst: {severity}</source>
        <translation>
            <numerusform>لا مشكلات في الحقوق أو الصورة (%n)، أشدّها: {severity}</numerusform>
            <numerusform>مشكلة واحدة (%n) في الحقوق أو الصورة، أشدّها: {severity}</numerusform>
            <numerusform>مشكلتان (%n) في الحقوق أو الصورة، أشدّهما: {severity}</numerusform>
            <numerusform>%n مشكلات في الحقوق أو الصورة، أشدّها: {severity}</numerusform>
            <numerusform>%n مشكلة في الحقوق أو الصورة، أشدّها: {severity}</numerusform>
            <numerusform>%n مشكلة في الحقوق أو الصورة، أشدّها: {severity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open note(s) for the editor</source>
        <translation>
            <numerusform>لا ملاحظات مفتوحة للمحرر (%n)</numerusform>
            <numerusform>ملاحظة واحدة مفتوحة للمحرر (%n)</numerusform>
            <numerusform>ملاحظتان مفتوحتان للمحرر (%n)</numerusform>
            <numerusform>%n ملاحظات مفتوحة للمحرر</numerusform>
            <numerusform>%n ملاحظة مفتوحة للمحرر</numerusform>
            <numerusform>%n ملاحظة مفتوحة للمحرر</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}, {problems}</source>
        <translation>الشريحة {number}: {heading}، {problems}</translation>
    </message>
    <message>
        <source>Slide {number}: {heading}</source>
        <translation>الشريحة {number}: {heading}</translation>
    </message>
    <message>
        <source>Image: {file}</source>
        <translation>الصورة: ‎{file}‎</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>لا صورة</translation>
    </message>
</context>
<context>
    <name>SlideListView</name>
    <message>
        <source>Slides</source>
        <translation>الشرائح</translation>
    </message>
</context>
<context>
    <name>SpellingMenus</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>لا اقتراحات إملائية</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>إضافة «{word}» إلى القاموس</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>no image</source>
        <translation>بلا صورة</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>ترا&amp;جع عن {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>إ&amp;عادة {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
</context>
</TS>
