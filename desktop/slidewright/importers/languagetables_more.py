"""More rows of importers/languages.py (see languagetables.py): Polish, Swedish, Turkish, and three
that are not written in the Latin alphabet, Arabic and Hebrew (right to left) and Japanese
(without spaces between words, a full-width colon after a label: ``写真：X``).

Month names are listed as dates print them: Polish in the genitive (``12 października``), Hebrew
with its "in" prefix (``3 ביולי``). Japanese dates (``2024年10月5日``) are not read from these rows;
its months are listed only so each row has twelve.
"""

from __future__ import annotations

from slidewright.importers.languagetables import Language

POLISH = Language(
    "pl",
    by=("autor:", "autorka:", "tekst:"),
    dated=("opublikowano", "aktualizacja", "zaktualizowano", "data publikacji:"),
    credit_labels=("fot", "fot.", "foto", "zdjęcie", "zdjęcia", "źródło"),
    credit_by=("fot.", "zdj.", "fotografia:"),
    home=("strona główna",),
    read_more=("czytaj także", "czytaj też", "zobacz także", "zobacz też", "polecamy"),
    furniture=("najczęściej czytane", "zapisz się do newslettera", "komentarze", "udostępnij"),
    months=(
        ("stycznia", "styczeń", "sty"),
        ("lutego", "luty", "lut"),
        ("marca", "marzec", "mar"),
        ("kwietnia", "kwiecień", "kwi"),
        ("maja", "maj"),
        ("czerwca", "czerwiec", "cze"),
        ("lipca", "lipiec", "lip"),
        ("sierpnia", "sierpień", "sie"),
        ("września", "wrzesień", "wrz"),
        ("października", "październik", "paź"),
        ("listopada", "listopad", "lis"),
        ("grudnia", "grudzień", "gru"),
    ),
    ago=r"\d+\s+(?:sekund[ya]?|minut[ya]?|min|godzin[ya]?|godz|dni|dzień)\s+temu|wczoraj|dzisiaj",
    joiner="i",
)
SWEDISH = Language(
    "sv",
    by=("av", "text:"),
    dated=("publicerad", "uppdaterad", "publicerad:", "uppdaterad:"),
    credit_labels=("foto", "bild", "fotograf", "källa"),
    credit_by=("foto av", "bild av"),
    home=("hem", "startsida"),
    read_more=("läs också", "läs även", "läs mer", "relaterat", "mer om"),
    furniture=("mest läst", "prenumerera på vårt nyhetsbrev", "kommentarer", "dela"),
    months=(
        ("januari", "jan"),
        ("februari", "feb"),
        ("mars", "mar"),
        ("april", "apr"),
        ("maj",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augusti", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    ago=r"för\s+\d+\s+(?:sekunder|minuter|min|timmar|timme|dagar|dag)\s+sedan|igår|i\s+dag",
    joiner="och",
)
TURKISH = Language(
    "tr",
    by=("yazan:", "yazar:", "haber:"),
    dated=("yayınlanma:", "yayınlanma tarihi:", "güncelleme:", "güncellenme tarihi:"),
    credit_labels=("fotoğraf", "foto", "görsel", "kaynak"),
    credit_by=("fotoğraf:",),
    home=("ana sayfa", "anasayfa"),
    read_more=(
        "ilginizi çekebilir",
        "bunlar da ilginizi çekebilir",
        "ilgili haberler",
        "benzer haberler",
    ),
    furniture=("en çok okunanlar", "bültenimize abone olun", "yorumlar", "paylaş"),
    months=(
        ("ocak",),
        ("şubat",),
        ("mart",),
        ("nisan",),
        ("mayıs",),
        ("haziran",),
        ("temmuz",),
        ("ağustos",),
        ("eylül",),
        ("ekim",),
        ("kasım",),
        ("aralık",),
    ),
    ago=r"\d+\s+(?:saniye|dakika|dk|saat|gün|hafta)\s+önce|dün|bugün",
    joiner="ve",
)
ARABIC = Language(
    "ar",
    by=("بقلم", "بقلم:", "كتب:", "كتبت:"),
    dated=("نشر في", "نشر في:", "تاريخ النشر:", "آخر تحديث:"),
    credit_labels=("الصورة", "صورة", "تصوير", "المصدر", "مصدر الصورة", "حقوق الصورة"),
    credit_by=(),
    home=("الرئيسية", "الصفحة الرئيسية"),
    read_more=("اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "مواضيع ذات صلة", "أخبار ذات صلة"),
    furniture=("الأكثر قراءة", "اشترك في النشرة البريدية", "التعليقات", "شارك"),
    months=(
        ("يناير", "كانون الثاني"),
        ("فبراير", "شباط"),
        ("مارس", "آذار"),
        ("أبريل", "ابريل", "نيسان"),
        ("مايو", "أيار"),
        ("يونيو", "حزيران"),
        ("يوليو", "تموز"),
        ("أغسطس", "آب"),
        ("سبتمبر", "أيلول"),
        ("أكتوبر", "تشرين الأول"),
        ("نوفمبر", "تشرين الثاني"),
        ("ديسمبر", "كانون الأول"),
    ),
    ago=r"منذ\s+\d+\s+(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام)|أمس|اليوم",
    joiner="و",
)
HEBREW = Language(
    "he",
    by=("מאת", "מאת:", "כתב:", "כתבה:"),
    dated=("פורסם", "פורסם:", "עודכן", "עודכן:", "פורסם ב-"),
    credit_labels=("צילום", "צילומים", "צלם", "קרדיט", "קרדיט צילום"),
    credit_by=("באדיבות",),
    home=("ראשי", "דף הבית"),
    read_more=("קראו עוד", "קראו גם", "עוד בנושא", "כתבות נוספות"),
    furniture=("הכי נקראים", "הירשמו לניוזלטר", "תגובות", "שתפו"),
    months=(
        ("בינואר", "ינואר"),
        ("בפברואר", "פברואר"),
        ("במרץ", "מרץ"),
        ("באפריל", "אפריל"),
        ("במאי", "מאי"),
        ("ביוני", "יוני"),
        ("ביולי", "יולי"),
        ("באוגוסט", "אוגוסט"),
        ("בספטמבר", "ספטמבר"),
        ("באוקטובר", "אוקטובר"),
        ("בנובמבר", "נובמבר"),
        ("בדצמבר", "דצמבר"),
    ),
    ago=r"לפני\s+\d+\s+(?:שניות|דקות|שעות|ימים)|אתמול|היום",
    joiner="ו",
)
JAPANESE = Language(
    "ja",
    by=("文：", "文:", "筆者：", "執筆：", "取材・文："),
    dated=("公開日：", "更新日：", "公開：", "更新："),
    credit_labels=("写真", "写真提供", "撮影", "出典", "画像", "画像提供"),
    credit_by=(),
    home=("ホーム", "トップ"),
    read_more=("関連記事", "あわせて読みたい", "こちらもおすすめ", "おすすめ記事"),
    furniture=("よく読まれている記事", "ニュースレターに登録", "コメント", "シェア"),
    months=tuple((f"{n}月",) for n in range(1, 13)),
    ago=r"\d+\s*(?:秒|分|時間|日)前|昨日|今日",
    joiner="と",
)
MORE_LANGUAGES = (POLISH, SWEDISH, TURKISH, ARABIC, HEBREW, JAPANESE)
