"""The core's words where the editing parts and the export dialog show them, in German and
French: the Content Credentials line of a signed picture, the slide list's severity words, the
library's notes in the Problems panel, an export's warnings and the publish summary come
through the rules' translation (rules_<lang>.qm) next to the editing area's, as the window's
loader installs them; counts read by each language's plural rule (French says "0 erreur",
German "0 Fehler")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("c2pa")
pytest.importorskip("cryptography")

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from test_library_window import _open_from_menu
from test_library_window import library as library  # the fixture: three articles' library
from uihelpers import export_through_dialog

from c2pafactory import AI, CAPTURE, make_signer, manifest, picture_bytes, sign, tamper, write
from slidewright.credits.findings import Finding, RuleId, Severity
from slidewright.ui.dialogs.export_dialog import ExportDialog
from slidewright.ui.editing.credentials_line import details_text
from slidewright.ui.problems.finding_text import summarize
from slidewright.ui.window.main_window import MainWindow

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "window"


def _install(language: str, areas: tuple[str, ...] = ("editing", "rules")) -> Iterator[str]:
    """These areas' translations, as the loader installs every ``*_<lang>.qm``; removed after."""
    translators = []
    for area in areas:
        translator = QTranslator()
        assert translator.load(str(FOLDER / f"{area}_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield language
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def german(qapp: Any) -> Iterator[str]:
    yield from _install("de")


@pytest.fixture
def french(qapp: Any) -> Iterator[str]:
    yield from _install("fr")


@pytest.fixture
def french_window(qapp: Any) -> Iterator[str]:
    """French everywhere, the window's own dialogs too (the export report names their fields)."""
    yield from _install("fr", ("window", "editing", "rules"))


@pytest.fixture(params=["de", "fr", "es", "ar"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    yield from _install(str(request.param))


def _signed_bundle(root: Path) -> Path:
    """A generated picture signed with an edit, and a signed photo altered afterwards."""
    signer = make_signer()
    raw = picture_bytes()
    pictures = {
        "ai.jpg": sign(
            signer, manifest(AI, actions=("c2pa.resized",), authors=("Mara Voss",)), raw
        ),
        "altered.jpg": tamper(sign(signer, manifest(CAPTURE), raw)),
    }
    lines = ["---", "title: Credentials", "slides:"]
    for name, data in pictures.items():
        write(root / "images" / name, data)
        lines += [f"- heading: {name}", f"  image: images/{name}", "  credit: Reuters"]
    (root / "index.md").write_text("\n".join([*lines, "---", ""]), encoding="utf-8")
    return root


def _select(window: MainWindow, row: int) -> None:
    window.slide_list.setCurrentIndex(window.slide_list.model().index(row, 0))


def test_the_credentials_line_of_a_signed_picture_in_german(
    german: str, window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    assert window.session.open_path(_signed_bundle(tmp_path))
    line = window.slide_editor.credentials
    _select(window, 0)
    qtbot.waitUntil(lambda: line.isVisible(), timeout=20000)
    assert line.label.text() == (
        "✔ Inhaltsnachweise: signiert von Harbour Desk (Harbour Photo Agency); von KI erzeugt; "
        "gültig, Unterzeichner nicht in Ihrer Vertrauensliste"
    )
    assert line.credentials is not None
    details = details_text(line.credentials)
    # capitalised after translation: the German verdict, not the English one, starts the popup
    assert details.startswith("Signiert von Harbour Desk (Harbour Photo Agency); von KI erzeugt")
    assert "  • in der Größe geändert (mit Test Editor 2)" in details
    assert "Content Credentials" not in details and "signed by" not in details

    _select(window, 1)
    qtbot.waitUntil(lambda: line.label.text().startswith("✖"), timeout=20000)
    assert line.label.text().endswith("NICHT gültig: das Bild wurde nach dem Signieren verändert")
    assert "  • das Bild wurde nach dem Signieren verändert" in details_text(line.credentials)


def test_an_export_warns_in_french(
    french_window: str, window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    """No signing certificate and no base URL: the report's warnings are the writer's language,
    the picture's name as it is."""
    assert window.session.open_path(_signed_bundle(tmp_path / "article"))
    out = tmp_path / "site"

    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("html-folder"))
        dialog.base_url.clear()
        dialog.output.setText(str(out))

    reports: list[tuple[str, str]] = []
    export_through_dialog(qtbot, window, fill, reports)
    warnings = reports[0][1]
    assert "Identifiants de contenu non repris pour images/ai.jpg" in warnings
    assert "les images publiées ne portent un manifeste que si elles sont signées" in warnings
    # the Export dialog's own field, by its French label, and no command-line option
    assert "aucune URL de base (remplissez «\u00a0URL de base\u00a0» dans Fichier ▸ Exporter…)" in (
        warnings
    )
    assert "not carried over" not in warnings and "no base URL" not in warnings
    assert "--base-url" not in warnings


def test_the_slide_lists_severity_word_in_french(
    french: str, window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    root = tmp_path / "article"
    write(root / "images" / "plain.jpg", picture_bytes())
    (root / "index.md").write_text(
        "---\ntitle: Words\nslides:\n- heading: One\n  image: images/plain.jpg\n---\n",
        encoding="utf-8",
    )
    assert window.session.open_path(root)
    qtbot.waitUntil(lambda: window.problems.ready, timeout=20000)
    model = window.slide_list.model()
    index = model.index(0, 0)
    qtbot.waitUntil(lambda: "le plus grave" in str(model.data(index, Qt.ItemDataRole.ToolTipRole)))
    tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert tip.rsplit("le plus grave : ", 1)[1] in ("erreur", "avertissement", "remarque")


def _finding(severity: Severity) -> Finding:
    return Finding(RuleId.CREDIT_MISSING, severity, 0, "credit", "no credit")


@pytest.mark.parametrize(
    ("severities", "wanted"),
    [
        (
            [Severity.WARNING],
            {
                "de": "0 Fehler, 1 Warnung, 0 Hinweise",
                "fr": "0 erreur, 1 avertissement, 0 remarque",
                "es": "0 errores, 1 advertencia, 0 notas",
                "ar": "أخطاء: 0، تحذير: 1، تنبيهات: 0",
            },
        ),
        (
            [Severity.WARNING] * 2 + [Severity.INFO],
            {
                "de": "0 Fehler, 2 Warnungen, 1 Hinweis",
                "fr": "0 erreur, 2 avertissements, 1 remarque",
                "es": "0 errores, 2 advertencias, 1 nota",
                "ar": "أخطاء: 0، تحذيرات: 2، تنبيه: 1",
            },
        ),
    ],
)
def test_counts_follow_the_languages_plural_rule(
    language: str, severities: list[Severity], wanted: dict[str, str]
) -> None:
    """French takes the singular for 0 and 1, German, Spanish and Arabic for 1 only (Arabic's
    counts stand after the word, so its plural suits any number)."""
    assert summarize([_finding(s) for s in severities]) == wanted[language]


def test_the_publish_summary_in_french(french: str) -> None:
    """What the publish dialog says after "Published:": none uploaded is "0 image" in French;
    the command line's English is as before."""
    from slidewright.publish.publisher import PublishResult
    from slidewright.ui.problems.finding_text import translated

    result = PublishResult(post=5, link="https://news.example/p", status="draft", reused=["a"])
    assert (
        result.describe()
        == "post 5 (draft) at https://news.example/p: 0 images uploaded, 1 unchanged."
    )
    assert translated(result.describe()) == (
        "article 5 (draft) à l’adresse https://news.example/p\u00a0: 0 image envoyée, 1 inchangée."
    )


def test_the_library_notes_in_french(
    french: str,
    window: MainWindow,
    library: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Problems panel's "Across the library" notes: the rule's words and the severity in
    French, the credits quoted as written."""
    from slidewright.ui.library.problems_notes import GROUP_TITLE, NoteRole

    _open_from_menu(window, library, qtbot, monkeypatch).close()
    assert window.session.open_path(library / "harbour-towns")

    def notes() -> list[str]:
        tree = window.problems.tree
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            if group is not None and group.data(0, NoteRole) == GROUP_TITLE:
                return [group.child(n).text(0) for n in range(group.childCount())]
        return []

    qtbot.waitUntil(lambda: bool(notes()), timeout=30_000)
    assert notes() == [
        "avertissement : diapositive 1 : cette photo est créditée «\u00a0Getty Images\u00a0» ici, "
        "mais «\u00a0Jana Novak/Shutterstock\u00a0» dans coast-road (diapositive 2)\u00a0: "
        "convenez d’un seul crédit"
    ]


def test_why_spelling_is_not_checked_in_german(german: str) -> None:
    """Why no dictionary opened (Enchant missing, or none for the language), which the status
    line says: the core's message in German."""
    from slidewright.spelling import open_dictionary
    from slidewright.ui.problems.finding_text import translated

    found = open_dictionary("zz-ZZ")
    said = translated(found.problem or found.note)
    assert said.startswith("die Rechtschreibprüfung ist aus: "), said
    assert "spell checking" not in said
