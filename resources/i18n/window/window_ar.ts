<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticlePrinter</name>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>Could not lay out the article for printing.</source>
        <translation>تعذّر تنسيق المقال للطباعة.</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>حُفظ ملف PDF: ‎{path}‎</translation>
    </message>
    <message>
        <source>Could not write the PDF {path}</source>
        <translation>تعذّرت كتابة ملف PDF ‎{path}‎</translation>
    </message>
    <message>
        <source>Printing failed: the article could not be laid out.</source>
        <translation>فشلت الطباعة: تعذّر تنسيق المقال.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>فشلت الطباعة.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n slide(s) without an image: Slide ▸ Choose Images for All Slides… assigns a folder of them.</source>
        <translation>
            <numerusform>لا شرائح بلا صورة (%n).</numerusform>
            <numerusform>شريحة واحدة بلا صورة (%n): شريحة ◂ اختيار صور لكل الشرائح… يعيّن لها مجلد صور.</numerusform>
            <numerusform>شريحتان بلا صورة (%n): شريحة ◂ اختيار صور لكل الشرائح… يعيّن لها مجلد صور.</numerusform>
            <numerusform>%n شرائح بلا صورة: شريحة ◂ اختيار صور لكل الشرائح… يعيّن لها مجلد صور.</numerusform>
            <numerusform>%n شريحة بلا صورة: شريحة ◂ اختيار صور لكل الشرائح… يعيّن لها مجلد صور.</numerusform>
            <numerusform>%n شريحة بلا صورة: شريحة ◂ اختيار صور لكل الشرائح… يعيّن لها مجلد صور.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n slide(s) from {source}.</source>
        <translation>
            <numerusform>لم تُستورد أي شريحة (%n) من {source}.</numerusform>
            <numerusform>استُوردت شريحة واحدة (%n) من {source}.</numerusform>
            <numerusform>استُوردت شريحتان (%n) من {source}.</numerusform>
            <numerusform>استُوردت %n شرائح من {source}.</numerusform>
            <numerusform>استُوردت %n شريحة من {source}.</numerusform>
            <numerusform>استُوردت %n شريحة من {source}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsSection</name>
    <message>
        <source>Content Credentials</source>
        <translation>بيانات اعتماد المحتوى</translation>
    </message>
    <message>
        <source>What the fix for an undisclosed AI-made picture adds to its caption (empty: the sentence in the article&apos;s language, such as “{example}”)</source>
        <translation>ما يضيفه إصلاح الصورة المولَّدة بالذكاء الاصطناعي غير المُفصَح عنها إلى تعليقها (فارغ: الجملة بلغة المقال، مثل «{example}»)</translation>
    </message>
    <message>
        <source>One PEM certificate file per line (none: nobody is trusted)</source>
        <translation>ملف شهادة PEM واحد في كل سطر (لا شيء: لا أحد موثوق)</translation>
    </message>
    <message>
        <source>Pictures signed by these certificates (or by certificates they issued) show as valid and trusted; others as valid, signer not in your trust list</source>
        <translation>الصور الموقَّعة بهذه الشهادات (أو بشهادات صادرة عنها) تظهر صالحة وموثوقة؛ وغيرها صالحة، لكن الموقِّع ليس في قائمة الثقة لديك</translation>
    </message>
    <message>
        <source>PEM chain, leaf first: signs published pictures</source>
        <translation>سلسلة PEM، الشهادة الطرفية أولًا: توقّع الصور المنشورة</translation>
    </message>
    <message>
        <source>its private key (an encrypted key&apos;s passphrase: keyring)</source>
        <translation>مفتاحها الخاص (عبارة مرور المفتاح المشفّر: في حلقة المفاتيح)</translation>
    </message>
    <message>
        <source>AI &amp;disclosure</source>
        <translation>الإفصاح عن ال&amp;ذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>AI disclosure wording</source>
        <translation>صيغة الإفصاح عن الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates</source>
        <translation>الشهادات المو&amp;ثوقة</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>الشهادات الموثوقة</translation>
    </message>
    <message>
        <source>Signing certificat&amp;e</source>
        <translation>شهادة ال&amp;توقيع</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>شهادة التوقيع</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>مفتاح التو&amp;قيع</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
</context>
<context>
    <name>DialogEntries</name>
    <message>
        <source>Choose Image</source>
        <translation>اختيار صورة</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Slide</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>one self-contained HTML file (images inlined)</source>
        <translation>ملف HTML واحد مكتفٍ بذاته (الصور مضمّنة)</translation>
    </message>
    <message>
        <source>index.html with an assets/ folder</source>
        <translation>index.html مع مجلد assets/</translation>
    </message>
    <message>
        <source>a Hugo site: content/ bundle, layout and assets</source>
        <translation>موقع Hugo: حزمة content/ والقالب والملفات المساندة</translation>
    </message>
    <message>
        <source>a Jekyll site: page, _layouts and assets</source>
        <translation>موقع Jekyll: الصفحة و_layouts والملفات المساندة</translation>
    </message>
    <message>
        <source>a Media RSS feed (one item, a media:content per slide)</source>
        <translation>موجز Media RSS (عنصر واحد، وmedia:content لكل شريحة)</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected error: {error}</source>
        <translation>توقّف التصدير بسبب خطأ غير متوقَّع: {error}</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>تصدير المقال</translation>
    </message>
    <message numerus="yes">
        <source>The credit check has %n error(s) in this article (see Problems); the export publishes it as it is.</source>
        <translation>
            <numerusform>لا أخطاء في تدقيق الحقوق (%n).</numerusform>
            <numerusform>في تدقيق الحقوق خطأ واحد (%n) في هذا المقال (انظر المشكلات)؛ والتصدير ينشره كما هو.</numerusform>
            <numerusform>في تدقيق الحقوق خطآن (%n) في هذا المقال (انظر المشكلات)؛ والتصدير ينشره كما هو.</numerusform>
            <numerusform>في تدقيق الحقوق %n أخطاء في هذا المقال (انظر المشكلات)؛ والتصدير ينشره كما هو.</numerusform>
            <numerusform>في تدقيق الحقوق %n خطأً في هذا المقال (انظر المشكلات)؛ والتصدير ينشره كما هو.</numerusform>
            <numerusform>في تدقيق الحقوق %n خطأ في هذا المقال (انظر المشكلات)؛ والتصدير ينشره كما هو.</numerusform>
        </translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>الأنماط</translation>
    </message>
    <message>
        <source>Article (one long page)</source>
        <translation>مقال (صفحة واحدة طويلة)</translation>
    </message>
    <message>
        <source>Slideshow (one slide at a time)</source>
        <translation>عرض شرائح (شريحة في كل مرة)</translation>
    </message>
    <message>
        <source>Paged (one page per slide)</source>
        <translation>مقسّم إلى صفحات (صفحة لكل شريحة)</translation>
    </message>
    <message>
        <source>Where the export will be published (a site&apos;s root for Hugo and Jekyll): the page&apos;s canonical address, its sharing card and every image address are made absolute against it. A feed (RSS) needs one.</source>
        <translation>المكان الذي سيُنشر فيه التصدير (جذر الموقع في Hugo وJekyll): يُبنى عليه العنوان المعياري للصفحة وبطاقة المشاركة وكل عناوين الصور عناوينَ مطلقة. والموجز (RSS) يحتاج إليه.</translation>
    </message>
    <message>
        <source>Refuse to export with credit errors or missing images</source>
        <translation>رفض التصدير عند وجود أخطاء في الحقوق أو صور ناقصة</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Browse for where to save</source>
        <translation>استعراض مكان الحفظ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>النمط</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>بيانات اعتماد المحتوى</translation>
    </message>
    <message>
        <source>A feed needs the address the article is published at.</source>
        <translation>الموجز يحتاج إلى العنوان الذي يُنشر عليه المقال.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>تصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>تصدير إلى ملف</translation>
    </message>
    <message>
        <source>no base URL (fill in “{field}” under File ▸ Export…): the page has no canonical address, and sharing cards and search engines get no image address</source>
        <translation>لا عنوان URL أساسي (املأ «{field}» في ملف ◂ تصدير…): ليس للصفحة عنوان معياري، ولا تحصل بطاقات المشاركة ومحركات البحث على عنوان للصورة</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى ‎{path}‎</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <source>Warnings:
{warnings}</source>
        <translation>تحذيرات:
{warnings}</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>إظهار المجلد</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>استبدال الملفات؟</translation>
    </message>
    <message>
        <source>{message}

Replace files of the same names there? (Nothing else is deleted.)</source>
        <translation>{message}

هل تُستبدل الملفات التي تحمل الأسماء نفسها هناك؟ (لا يُحذف شيء غيرها.)</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>Focus mode: only the editor. Press F11 to bring everything back.</source>
        <translation>وضع التركيز: المحرر وحده. اضغط F11 لإعادة كل شيء.</translation>
    </message>
</context>
<context>
    <name>FormatMenu</name>
    <message>
        <source>B</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>I</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>الحقل التالي / السابق</translation>
    </message>
    <message>
        <source>Paste an image as the slide&apos;s image (slide list, image, body)</source>
        <translation>لصق صورة لتكون صورة الشريحة (قائمة الشرائح، الصورة، النص)</translation>
    </message>
    <message>
        <source>Slide list</source>
        <translation>قائمة الشرائح</translation>
    </message>
    <message>
        <source>Delete the selected slides</source>
        <translation>حذف الشرائح المحددة</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>شريط البحث</translation>
    </message>
    <message>
        <source>Next match (in the Find box)</source>
        <translation>النتيجة التالية (في خانة البحث)</translation>
    </message>
    <message>
        <source>Previous match (in the Find box)</source>
        <translation>النتيجة السابقة (في خانة البحث)</translation>
    </message>
    <message>
        <source>Replace this match (in the Replace box)</source>
        <translation>استبدال هذه النتيجة (في خانة الاستبدال)</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <source>Match case / Whole words</source>
        <translation>مطابقة حالة الأحرف / كلمات كاملة</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Write slideshow articles: one image, a credit and a few paragraphs per slide, checked and exported to HTML, feeds and static sites.</source>
        <translation>اكتب مقالات عروض الشرائح: صورة وحقوقها وبضع فقرات لكل شريحة، تُدقَّق وتُصدَّر إلى HTML والموجزات والمواقع الثابتة.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. This program comes with absolutely no warranty.</source>
        <translation>الترخيص: رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق. يأتي هذا البرنامج دون أي ضمان على الإطلاق.</translation>
    </message>
    <message>
        <source>About Slidewright</source>
        <translation>حول Slidewright</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {article}</source>
        <translation>السجل — {article}</translation>
    </message>
    <message>
        <source>Prune Older Versions…</source>
        <translation>تقليص النسخ الأقدم…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>with the article now</source>
        <translation>مع المقال الآن</translation>
    </message>
    <message>
        <source>with the version before it</source>
        <translation>مع النسخة التي قبلها</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>مقارنة:</translation>
    </message>
    <message>
        <source>Version {number}: {summary}</source>
        <translation>النسخة {number}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), {size} (kept up to {cap}; the oldest go first). Kept in your own data folder, never in the article&apos;s folder.</source>
        <translation>
            <numerusform>لا نسخ (%n)، {size} (يُحتفظ بما يصل إلى {cap}؛ ويُحذف الأقدم أولًا). تُحفظ في مجلد بياناتك، لا في مجلد المقال أبدًا.</numerusform>
            <numerusform>نسخة واحدة (%n)، {size} (يُحتفظ بما يصل إلى {cap}؛ ويُحذف الأقدم أولًا). تُحفظ في مجلد بياناتك، لا في مجلد المقال أبدًا.</numerusform>
            <numerusform>نسختان (%n)، {size} (يُحتفظ بما يصل إلى {cap}؛ ويُحذف الأقدم أولًا). تُحفظ في مجلد بياناتك، لا في مجلد المقال أبدًا.</numerusform>
            <numerusform>%n نسخ، {size} (يُحتفظ بما يصل إلى {cap}؛ ويُحذف الأقدم أولًا). تُحفظ في مجلد بياناتك، لا في مجلد المقال أبدًا.</numerusform>
            <numerusform>%n نسخة، {size} (يُحتفظ بما يصل إلى {cap}؛ ويُحذف الأقدم أولًا). تُحفظ في مجلد بياناتك، لا في مجلد المقال أبدًا.</numerusform>
            <numerusform>%n نسخة، {size} (يُحتفظ بما يصل إلى {cap}؛ ويُحذف الأقدم أولًا). تُحفظ في مجلد بياناتك، لا في مجلد المقال أبدًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions yet: every save keeps one.</source>
        <translation>لا نسخ بعد: كل حفظ يحتفظ بنسخة.</translation>
    </message>
    <message>
        <source>This version cannot be read: {error}</source>
        <translation>تتعذّر قراءة هذه النسخة: {error}</translation>
    </message>
    <message>
        <source>added since</source>
        <translation>أُضيفت منذئذ</translation>
    </message>
    <message>
        <source>deleted since</source>
        <translation>حُذفت منذئذ</translation>
    </message>
    <message>
        <source>edited since</source>
        <translation>عُدّلت منذئذ</translation>
    </message>
    <message>
        <source>Green: written since this version; struck out: only in this version.</source>
        <translation>الأخضر: ما كُتب بعد هذه النسخة؛ والمشطوب: ما في هذه النسخة وحدها.</translation>
    </message>
    <message>
        <source>Green: added in this version; struck out: removed by it.</source>
        <translation>الأخضر: ما أُضيف في هذه النسخة؛ والمشطوب: ما حذفته.</translation>
    </message>
    <message>
        <source>Before restoring slide {number}</source>
        <translation>قبل استعادة الشريحة {number}</translation>
    </message>
    <message>
        <source>Restore slide {number} from {time}</source>
        <translation>استعادة الشريحة {number} من {time}</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <source>Restore version of {time}</source>
        <translation>استعادة نسخة {time}</translation>
    </message>
</context>
<context>
    <name>ImageCleanup</name>
    <message>
        <source>Saved; removed pictures no slide uses from images/: {names}</source>
        <translation>حُفظ؛ وحُذفت من images/ الصور التي لا تستخدمها أي شريحة: {names}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Articles to import ({patterns})</source>
        <translation>مقالات للاستيراد ‎({patterns})</translation>
    </message>
    <message>
        <source>Import: choose page text, HTML or Markdown</source>
        <translation>استيراد: اختر نص صفحة أو HTML أو Markdown</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>Import: name the new article&apos;s folder</source>
        <translation>استيراد: سمِّ مجلد المقال الجديد</translation>
    </message>
    <message>
        <source>Use House Spelling</source>
        <translation>استخدام تهجئة الدار</translation>
    </message>
    <message>
        <source>Use house spelling of agencies</source>
        <translation>استخدام تهجئة الدار لأسماء الوكالات</translation>
    </message>
    <message>
        <source>Credits found: {found} of {count}</source>
        <translation>الحقوق التي عُثر عليها: {found} من {count}</translation>
    </message>
    <message>
        <source>category: {category}</source>
        <translation>الفئة: {category}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>ما أُغفل:</translation>
    </message>
    <message>
        <source>Guessed (please check):</source>
        <translation>ما خُمِّن (يُرجى التحقق منه):</translation>
    </message>
    <message>
        <source>Images not copied:</source>
        <translation>صور لم تُنسخ:</translation>
    </message>
    <message>
        <source>Agency spellings (as the page wrote them):</source>
        <translation>تهجئات الوكالات (كما كتبتها الصفحة):</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>Writes: {spellings} (Undo takes it back)</source>
        <translation>يكتب: {spellings} (التراجع يلغيه)</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>النص الملصوق</translation>
    </message>
    <message>
        <source>Import pasted article?</source>
        <translation>استيراد المقال الملصوق؟</translation>
    </message>
    <message>
        <source>This looks like a whole article: “{title}” with {count} slides.

Import it as the title, intro and slides of this article?</source>
        <translation>يبدو هذا مقالًا كاملًا: «{title}» في {count} من الشرائح.

هل يُستورد عنوانًا ومقدمةً وشرائحَ لهذا المقال؟</translation>
    </message>
    <message>
        <source>

Left out of it:{lines}</source>
        <translation>

ما أُغفل منه:{lines}</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <source>Import pasted article</source>
        <translation>استيراد المقال الملصوق</translation>
    </message>
</context>
<context>
    <name>LayoutState</name>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Edit Link</source>
        <translation>تعديل الرابط</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>إدراج رابط</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>عنوان الرابط</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>نص الرابط</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>F&amp;ormat</source>
        <translation>تن&amp;سيق</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;غامق</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;مائل</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;رابط…</translation>
    </message>
    <message>
        <source>&amp;Remove Formatting</source>
        <translation>&amp;إزالة التنسيق</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New Article…</source>
        <translation>مقال &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple Article</source>
        <translation>فتح المقال ال&amp;نموذجي</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>فتح ال&amp;مكتبة…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;سجل النسخ…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>است&amp;يراد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>ن&amp;شر…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>تصدير ب&amp;صيغة PDF…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>إ&amp;غلاق المقال</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Cu&amp;t	Ctrl+X</source>
        <translation>&amp;قص	Ctrl+X</translation>
    </message>
    <message>
        <source>&amp;Copy	Ctrl+C</source>
        <translation>&amp;نسخ	Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste	Ctrl+V</source>
        <translation>&amp;لصق	Ctrl+V</translation>
    </message>
    <message>
        <source>Select &amp;All	Ctrl+A</source>
        <translation>تحديد ال&amp;كل	Ctrl+A</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>استب&amp;دال…</translation>
    </message>
    <message>
        <source>Preference&amp;s…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>&amp;Slide</source>
        <translation>&amp;شريحة</translation>
    </message>
    <message>
        <source>&amp;New Slide</source>
        <translation>شريحة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Duplicate Slide</source>
        <translation>تك&amp;رار الشريحة</translation>
    </message>
    <message>
        <source>De&amp;lete Slide	Del</source>
        <translation>&amp;حذف الشريحة	Del</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>نقل لأس&amp;فل</translation>
    </message>
    <message>
        <source>Ne&amp;xt Slide</source>
        <translation>الشريحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Pre&amp;vious Slide</source>
        <translation>الشريحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>اختيار &amp;صورة…</translation>
    </message>
    <message>
        <source>Choose Images for &amp;All Slides…</source>
        <translation>اختيار صور ل&amp;كل الشرائح…</translation>
    </message>
    <message>
        <source>Add No&amp;te…</source>
        <translation>إضافة &amp;ملاحظة…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Preview as &amp;Article</source>
        <translation>معاينة ك&amp;مقال</translation>
    </message>
    <message>
        <source>Preview as &amp;Slideshow</source>
        <translation>معاينة ك&amp;عرض شرائح</translation>
    </message>
    <message>
        <source>&amp;Monospace Body Font</source>
        <translation>&amp;خط ثابت العرض للنص</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>وضع ال&amp;تركيز</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>A&amp;ctual Size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Slidewright</source>
        <translation>&amp;حول Slidewright</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>المقالات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>لا مقالات حديثة</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add slide (Ctrl+Shift+N)</source>
        <translation>إضافة شريحة (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Duplicate slide (Ctrl+Shift+D)</source>
        <translation>تكرار الشريحة (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete selected slides (Delete)</source>
        <translation>حذف الشرائح المحددة (Delete)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>نقل لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>نقل لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Preview the article as one scrolling page (Ctrl+1)</source>
        <translation>معاينة المقال صفحةً واحدة متصلة التمرير (Ctrl+1)</translation>
    </message>
    <message>
        <source>Preview as article</source>
        <translation>معاينة كمقال</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>عرض شرائح</translation>
    </message>
    <message>
        <source>Preview one slide at a time, as a slideshow (Ctrl+2)</source>
        <translation>معاينة شريحة واحدة في كل مرة، كعرض شرائح (Ctrl+2)</translation>
    </message>
    <message>
        <source>Preview as slideshow</source>
        <translation>معاينة كعرض شرائح</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>The byline new articles start with</source>
        <translation>اسم الكاتب الذي تبدأ به المقالات الجديدة</translation>
    </message>
    <message>
        <source>Printed before each credit, e.g. Credit or Photo</source>
        <translation>يُطبع قبل كل حقوق، مثل: تصوير أو الصورة</translation>
    </message>
    <message>
        <source>https://… the author&apos;s page (published with the byline)</source>
        <translation>صفحة الكاتب، تُنشر مع اسمه: ‎https://…‎</translation>
    </message>
    <message>
        <source>The publication&apos;s name, e.g. Harbour News</source>
        <translation>اسم المطبوعة، مثل: أخبار الميناء</translation>
    </message>
    <message>
        <source>https://… the publication&apos;s logo</source>
        <translation>شعار المطبوعة: ‎https://…‎</translation>
    </message>
    <message>
        <source>One agency per line, e.g. your own picture desk</source>
        <translation>وكالة واحدة في كل سطر، مثل قسم الصور لديكم</translation>
    </message>
    <message>
        <source>Your own agencies: the credit checker treats them like AFP or Shutterstock (a picture whose file names one must be credited to it)</source>
        <translation>وكالاتكم الخاصة: يعاملها مدقق الحقوق مثل AFP أو Shutterstock (الصورة التي يذكر اسم ملفها إحداها يجب أن تُنسب إليها)</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>لغة النافذة ({language})</translation>
    </message>
    <message>
        <source>Default author</source>
        <translation>الكاتب الافتراضي</translation>
    </message>
    <message>
        <source>Default credit label</source>
        <translation>تسمية الحقوق الافتراضية</translation>
    </message>
    <message>
        <source>Author&apos;s web page</source>
        <translation>صفحة الكاتب على الويب</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Publisher&apos;s logo address</source>
        <translation>عنوان شعار الناشر</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الوكالات</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>لغة التدقيق الإملائي</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>Default &amp;author</source>
        <translation>ال&amp;كاتب الافتراضي</translation>
    </message>
    <message>
        <source>Author&apos;s &amp;web page</source>
        <translation>صفحة الكاتب على ال&amp;ويب</translation>
    </message>
    <message>
        <source>Default &amp;credit label</source>
        <translation>تسمية ال&amp;حقوق الافتراضية</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>ال&amp;ناشر</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;logo</source>
        <translation>&amp;شعار الناشر</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>الوكا&amp;لات</translation>
    </message>
    <message>
        <source>&amp;Spelling language</source>
        <translation>لغة التدقيق الإ&amp;ملائي</translation>
    </message>
    <message>
        <source>Language of the &amp;window</source>
        <translation>لغة النا&amp;فذة</translation>
    </message>
    <message>
        <source>New articles start with this author and credit label. Exports name the publisher and, for this author&apos;s articles, the author&apos;s page. Agency names are never marked as misspelled, and the credit checker knows them beside its own list. An article&apos;s own language (Article tab) comes before this one. The window&apos;s language changes at the next start.</source>
        <translation>تبدأ المقالات الجديدة بهذا الكاتب وتسمية الحقوق هذه. وتذكر التصديرات الناشرَ، وصفحةَ الكاتب لمقالات هذا الكاتب. ولا تُعلَّم أسماء الوكالات أبدًا على أنها أخطاء إملائية، ويعرفها مدقق الحقوق إلى جانب قائمته. ولغة المقال نفسه (تبويب المقال) مقدَّمة على هذه. وتتغير لغة النافذة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>تلقائي (لغة النظام)</translation>
    </message>
    <message>
        <source>Takes effect the next time Slidewright starts</source>
        <translation>يسري في المرة التالية التي يبدأ فيها Slidewright</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>الصور ‎({patterns})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>حفظ التغييرات في «{name}» قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>ستضيع تغييراتك إن لم تحفظها.</translation>
    </message>
    <message>
        <source>Article folder ({patterns})</source>
        <translation>مجلد المقال ‎({patterns})</translation>
    </message>
    <message>
        <source>&amp;Title of the new article:</source>
        <translation>&amp;عنوان المقال الجديد:</translation>
    </message>
    <message>
        <source>Choose a &amp;Folder…</source>
        <translation>اختيار &amp;مجلد…</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>اختيار م&amp;لفات…</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Draft (review it on the site first)</source>
        <translation>مسودة (راجعها على الموقع أولًا)</translation>
    </message>
    <message>
        <source>Published now</source>
        <translation>منشور الآن</translation>
    </message>
    <message>
        <source>Scheduled for the article&apos;s date</source>
        <translation>مجدول لتاريخ المقال</translation>
    </message>
    <message>
        <source>Publishing stopped on an unexpected error: {error}</source>
        <translation>توقّف النشر بسبب خطأ غير متوقَّع: {error}</translation>
    </message>
    <message>
        <source>Publish to WordPress</source>
        <translation>النشر على WordPress</translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation>اسم المستخدم في WordPress</translation>
    </message>
    <message>
        <source>an application password (Users ▸ Profile on the site)</source>
        <translation>كلمة مرور تطبيق (المستخدمون ◂ الملف الشخصي على الموقع)</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>التذكّر في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Remember (no keyring here: kept until you quit)</source>
        <translation>التذكّر (لا حلقة مفاتيح هنا: يُحتفظ به حتى الخروج)</translation>
    </message>
    <message>
        <source>One slide per page (WordPress page breaks)</source>
        <translation>شريحة واحدة في كل صفحة (فواصل صفحات WordPress)</translation>
    </message>
    <message>
        <source>Updates post {post} on that site.</source>
        <translation>يحدّث المنشور {post} على ذلك الموقع.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>ال&amp;موقع</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>المست&amp;خدم</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Article: {severity} {rule}: {message}</source>
        <translation>المقال: {severity} {rule}: {message}</translation>
    </message>
    <message>
        <source>Slide {number}: {severity} {rule}: {message}</source>
        <translation>الشريحة {number}: {severity} {rule}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>The credit check has %n error(s) (see Problems):
{errors}</source>
        <translation>
            <numerusform>لا أخطاء في تدقيق الحقوق (%n) (انظر المشكلات):
{errors}</numerusform>
            <numerusform>في تدقيق الحقوق خطأ واحد (%n) (انظر المشكلات):
{errors}</numerusform>
            <numerusform>في تدقيق الحقوق خطآن (%n) (انظر المشكلات):
{errors}</numerusform>
            <numerusform>في تدقيق الحقوق %n أخطاء (انظر المشكلات):
{errors}</numerusform>
            <numerusform>في تدقيق الحقوق %n خطأً (انظر المشكلات):
{errors}</numerusform>
            <numerusform>في تدقيق الحقوق %n خطأ (انظر المشكلات):
{errors}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the site, your user name and an application password.</source>
        <translation>املأ الموقع واسم المستخدم وكلمة مرور التطبيق.</translation>
    </message>
    <message>
        <source>Publish with credit errors?</source>
        <translation>النشر مع وجود أخطاء في الحقوق؟</translation>
    </message>
    <message>
        <source>{problems}

Publish anyway?</source>
        <translation>{problems}

النشر على أي حال؟</translation>
    </message>
    <message>
        <source>Publish Anyway</source>
        <translation>النشر على أي حال</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Content Credentials: {error}</source>
        <translation>بيانات اعتماد المحتوى: {error}</translation>
    </message>
    <message>
        <source>Connecting to {site}…</source>
        <translation>جارٍ الاتصال بـ‎{site}‎…</translation>
    </message>
    <message>
        <source>Publish not recorded</source>
        <translation>لم يُسجَّل النشر</translation>
    </message>
    <message>
        <source>Publishing goes on, but it could not be recorded in {file}: {error}

Save the article afterwards to keep the record; without it the next publish makes a new post.</source>
        <translation>يستمر النشر، لكن تعذّر تسجيله في ‎{file}‎: {error}

احفظ المقال بعد ذلك للاحتفاظ بالسجل؛ فمن دونه ينشئ النشر التالي منشورًا جديدًا.</translation>
    </message>
    <message>
        <source>Published: {post}</source>
        <translation>نُشر: {post}</translation>
    </message>
    <message>
        <source>Publishing failed: {reason}</source>
        <translation>فشل النشر: {reason}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Publish Again</source>
        <translation>النشر مجددًا</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>جارٍ الإلغاء بعد الخطوة الحالية…</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>احفظ أولًا</translation>
    </message>
    <message>
        <source>Save the article before publishing it.</source>
        <translation>احفظ المقال قبل نشره.</translation>
    </message>
</context>
<context>
    <name>SlideActions</name>
    <message>
        <source>Duplicate slide</source>
        <translation>تكرار الشريحة</translation>
    </message>
    <message>
        <source>Image not added</source>
        <translation>لم تُضف الصورة</translation>
    </message>
    <message>
        <source>These files were not added:
{files}</source>
        <translation>لم تُضف هذه الملفات:
{files}</translation>
    </message>
    <message>
        <source>Add slides from images</source>
        <translation>إضافة شرائح من الصور</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>الشريحة {number} من {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n شريحة</numerusform>
            <numerusform>%n شريحة</numerusform>
            <numerusform>%n شريحتان</numerusform>
            <numerusform>%n شرائح</numerusform>
            <numerusform>%n شريحة</numerusform>
            <numerusform>%n شريحة</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} · {minutes}</source>
        <translation>{words} · {minutes}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>مدة القراءة: %n د</numerusform>
            <numerusform>مدة القراءة: %n د</numerusform>
            <numerusform>مدة القراءة: %n د</numerusform>
            <numerusform>مدة القراءة: %n د</numerusform>
            <numerusform>مدة القراءة: %n د</numerusform>
            <numerusform>مدة القراءة: %n د</numerusform>
        </translation>
    </message>
    <message>
        <source>This slide {words} · Article {total}</source>
        <translation>هذه الشريحة {words} · المقال {total}</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Write slideshow articles: slides, credits, live preview.</source>
        <translation>اكتب مقالات عروض الشرائح: شرائح وحقوق ومعاينة حيّة.</translation>
    </message>
    <message>
        <source>New Article…</source>
        <translation>مقال جديد…</translation>
    </message>
    <message>
        <source>Open Article…</source>
        <translation>فتح مقال…</translation>
    </message>
    <message>
        <source>Open the Sample Article</source>
        <translation>فتح المقال النموذجي</translation>
    </message>
    <message>
        <source>Recent articles</source>
        <translation>المقالات الأخيرة</translation>
    </message>
    <message>
        <source>Could not open the article:
{reason}</source>
        <translation>تعذّر فتح المقال:
{reason}</translation>
    </message>
</context>
<context>
    <name>WritingDesk</name>
    <message>
        <source>search results show about this many characters of a description</source>
        <translation>تعرض نتائج البحث هذا العدد تقريبًا من أحرف الوصف</translation>
    </message>
    <message>
        <source>screen readers read alt text in one breath: keep it short</source>
        <translation>تقرأ قارئات الشاشة النص البديل في نفَس واحد: اجعله قصيرًا</translation>
    </message>
    <message>
        <source>Image pasted as {file}</source>
        <translation>لُصقت الصورة باسم ‎{file}‎</translation>
    </message>
    <message>
        <source>Image not pasted</source>
        <translation>لم تُلصق الصورة</translation>
    </message>
    <message>
        <source>Printing page {number} of {count}…</source>
        <translation>جارٍ طباعة الصفحة {number} من {count}…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة ‎{file}‎…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
</context>
</TS>
