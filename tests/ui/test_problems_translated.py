"""The Problems panel in German, French and Spanish: the rules' findings, their fixes and the panel's
own words come through Qt's translators (resources/i18n/window/rules_<lang>.qm), while the
writer's credits and file names quoted in them stay exactly as written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from test_problems import item_for

from slidewright.ui.window.main_window import MainWindow

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "window"

# What a writer reads, per language: the summary, slide 2's group, the agency-spelling finding's
# row, its fix on the detail line, the button and the Edit menu's undo step after the fix.
EXPECTED = {
    "de": {
        "summary": "1 Fehler, 12 Warnungen, 8 Hinweise",
        "title": "Probleme (21)",
        "group": "Folie 2: A Market on the Quay",
        "row": "Warnung: „DepositPhotos“ → „Depositphotos“",
        "detail": "Korrektur: Hausschreibweise „Depositphotos“ verwenden.",
        "button": "Korrektur anwenden",
        "label_row": "Warnung: „Credits: DepositPhotos“ trägt eine eigene Bezeichnung; "
        "die Seite druckt bereits „Credit:“ → „DepositPhotos“",
        "undo": "Hausschreibweise „Depositphotos“ verwenden",
    },
    "fr": {
        "summary": "1 erreur, 12 avertissements, 8 remarques",
        "title": "Problèmes (21)",
        "group": "Diapositive 2\u00a0: A Market on the Quay",
        "row": "avertissement\u00a0: «\u00a0DepositPhotos\u00a0» → «\u00a0Depositphotos\u00a0»",
        "detail": "Correction\u00a0: Utiliser la graphie maison «\u00a0Depositphotos\u00a0».",
        "button": "Appliquer la correction",
        "label_row": "avertissement\u00a0: «\u00a0Credits: DepositPhotos\u00a0» porte sa propre "
        "mention\u00a0; la page affiche déjà «\u00a0Credit\u00a0:\u00a0» → «\u00a0DepositPhotos\u00a0»",
        "undo": "Utiliser la graphie maison «\u00a0Depositphotos\u00a0»",
    },
    "es": {
        "summary": "1 error, 12 advertencias, 8 notas",
        "title": "Problemas (21)",
        "group": "Diapositiva 2: A Market on the Quay",
        "row": "advertencia: «DepositPhotos» → «Depositphotos»",
        "detail": "Corrección: Usar la grafía de la casa «Depositphotos».",
        "button": "Aplicar corrección",
        "label_row": "advertencia: «Credits: DepositPhotos» lleva su propio prefijo; "
        "la página ya imprime «Credit:» → «DepositPhotos»",
        "undo": "Usar la grafía de la casa «Depositphotos»",
    },
    "ar": {  # right-to-left marks keep the arrow between two Latin names pointing the reading way
        "summary": "خطأ: 1، تحذيرات: 12، تنبيهات: 8",
        "title": "المشكلات (21)",
        "group": "الشريحة 2: A Market on the Quay",
        "row": "تحذير: «DepositPhotos»\u200f ← \u200f«Depositphotos»",
        "detail": "الإصلاح: استخدام تهجئة الدار «Depositphotos».",
        "button": "تطبيق الإصلاح",
        "label_row": "تحذير: «Credits: DepositPhotos» يحمل تسميته الخاصة؛ "
        "والصفحة تطبع «Credit:» بالفعل\u200f ← \u200f«DepositPhotos»",
        "undo": "استخدام تهجئة الدار «Depositphotos»",
    },
}


@pytest.fixture(params=sorted(EXPECTED))
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The rules' translator installed before the window is built, as the loader does."""
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"rules_{request.param}.qm"))
    QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def test_the_samples_findings_read_in_the_writers_language(
    language: str, sample_window: MainWindow, qtbot: Any
) -> None:
    expected = EXPECTED[language]
    panel = sample_window.problems
    assert panel.summary.text() == expected["summary"]
    assert panel.windowTitle() == expected["title"]
    assert panel.tree.topLevelItem(1).text(0) == expected["group"]
    row = item_for(sample_window, "credit-agency-spelling", 1)
    assert row.text(0) == expected["row"] and row.text(1) == "credit-agency-spelling"
    assert item_for(sample_window, "credit-label-in-text", 1).text(0) == expected["label_row"]
    panel.tree.setCurrentItem(row)
    assert panel.detail.text().endswith(expected["detail"])
    assert panel.fix_button.text() == expected["button"]
    # the finding itself is still English, as `slidewright check` prints it
    finding = next(f for f in panel.findings if f.rule == "credit-agency-spelling")
    assert finding.message == '"DepositPhotos" → "Depositphotos"'

    panel.fix_button.click()
    qtbot.waitUntil(lambda: item_for(sample_window, "credit-agency-spelling", 1) is None)
    assert sample_window.doc.article.slides[1].credit == "Credits: Depositphotos"
    assert sample_window.doc.undo_stack.undoText() == expected["undo"]


def test_choosing_another_language_says_the_open_findings_again_in_it(
    sample_window: MainWindow, qtbot: Any
) -> None:
    """A translator installed while the window is open (a Preferences choice) reaches the panel
    as a LanguageChange: its words and the findings already listed are said again; removing it
    brings the English back."""
    panel = sample_window.problems
    assert panel.summary.text() == "1 error, 12 warnings, 8 notes"
    translator = QTranslator()
    assert translator.load(str(FOLDER / "rules_de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.summary.text() == EXPECTED["de"]["summary"])
        row = item_for(sample_window, "credit-agency-spelling", 1)
        assert row.text(0) == EXPECTED["de"]["row"]
        assert panel.tree.headerItem().text(0) == "Problem"  # the same word in German
        assert panel.tree.headerItem().text(1) == "Regel"
        assert panel.fix_button.text() == "Korrektur anwenden"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.summary.text() == "1 error, 12 warnings, 8 notes")
    row = item_for(sample_window, "credit-agency-spelling", 1)
    assert row.text(0) == 'warning: "DepositPhotos" → "Depositphotos"'
    assert panel.fix_button.text() == "Apply Fix"
