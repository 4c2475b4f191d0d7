"""A working writer's trial, the window's words: counts said with their language's plural (an
import's notes, the one-slide article's missing credit), the dictionary package named for the
language asked, the Export dialog's own field named instead of a command-line option, notes
signed with the writer's name, Import offering a folder that is not there yet, and the AI
disclosure wording in the window's and the article's language."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox
from uihelpers import export_through_dialog

from imagefactory import xmp_packet
from slidewright.ui.dialogs import prompts as dialogs
from slidewright.ui.dialogs.credentials_prefs import CredentialsSection
from slidewright.ui.dialogs.export_dialog import ExportDialog
from slidewright.ui.dialogs.preferences import PreferencesDialog
from slidewright.ui.notes import panel as notes_panel
from slidewright.ui.notes.panel import ARTICLE
from slidewright.ui.session.preferences import KEYS
from slidewright.ui.window.main_window import MainWindow

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "window"
PAGE = (
    "Two Cities by Train\n\nA weekend, two tickets.\n\nThe Coast Line\n\n"
    "Window seats on the left.\n\nRead More\n\n• A Night Train North\n"
)


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    """Every area's German translations, as the loader installs them; removed after."""
    translators = []
    for area in ("window", "editing", "rules"):
        translator = QTranslator()
        assert translator.load(str(FOLDER / f"{area}_de.qm"))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def import_page(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str = PAGE
) -> str:
    """File ▸ Import… of ``page``; the summary's details as the writer reads them."""
    source = tmp_path / "trains.txt"
    source.write_text(page, encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: source)
    monkeypatch.setattr(dialogs, "ask_new_folder", lambda *a: tmp_path / "trains")
    window.actions_by_name["import"].trigger()
    box = window.findChild(QMessageBox, "importSummary")
    assert box is not None and box.isVisible()
    return box.informativeText()


def test_the_import_summary_counts_one_link_and_one_slide_in_the_singular(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    details = import_page(window, tmp_path, monkeypatch)
    assert "• 1 read-more title with no link yet (add its address): “A Night Train North”" in (
        details
    )
    assert "no credit found on the article's only slide" in details
    assert "• 1 slide heading found from its shape (1 short line);" in details
    assert "1 read-more titles" not in details and "of 1 slides" not in details


def test_the_import_summary_counts_in_german(
    german: None, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    details = import_page(window, tmp_path, monkeypatch)
    assert "• 1 Weiterlesen-Titel noch ohne Link (Adresse ergänzen): “A Night Train North”" in (
        details
    )
    assert "kein Bildnachweis auf der einzigen Folie des Artikels gefunden" in details
    assert "read-more" not in details


CHROME_PAGE = (
    "Home › Travel › Rail\n\nTwo Cities by Train\n\nBy Ana Ruiz · 3 May 2026\n\n"
    "A weekend, two tickets.\n\nAdvertisement\n\n1. The Coast Line\n\n"
    "Photo: Ana Ruiz/Afp\n\nWindow seats on the left.\n\nShare this: Facebook X Email\n\n"
    "2. The Mountain Pass\n\nPhoto: Ana Ruiz/Afp\n\nTunnels, then a valley.\n\n"
    "Advertisement\n"
)


def test_what_an_import_left_out_and_guessed_is_said_in_german(
    german: None, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every line of the summary, not only its headings: the site's words left out, counted
    by German's plural, and how the page was read (the notes were English in every window)."""
    details = import_page(window, tmp_path, monkeypatch, CHROME_PAGE)
    for said in (
        "2 Anzeigen (“Advertisement”)",
        "1 Teilen-Schaltfläche (“Share this: Facebook X Email”)",
        "1 Brotkrümelpfad (“Home / Travel / Rail”)",
        "Autor und Datum aus „By Ana Ruiz · 3 May 2026“ unter dem Titel (Sicherheit",
        "Kategorie „Travel“ aus dem Brotkrümelpfad (eine Zeile)",
        "2 Folienüberschriften an ihrer Form erkannt (2 nummeriert); Sicherheit 100",
        "Afp → AFP (2 Bildnachweise)",
    ):
        assert said in details
    for english in (
        "ads", "share button", "breadcrumb", "confidence", "found from", "under the", "credits)"
    ):  # fmt: skip
        assert english not in details


def one_slide_article(root: Path, slide: str = "- heading: Alone\n") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "index.md").write_text(f"---\ntitle: One\nslides:\n{slide}---\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("translations", "said"),
    [
        ("", "the article's only slide has no credit yet"),
        ("german", "die einzige Folie des Artikels hat noch keinen Bildnachweis"),
    ],
)
def test_a_one_slide_article_is_not_1_of_1_slides_in_the_problems_panel(
    request: pytest.FixtureRequest,
    window: MainWindow,
    tmp_path: Path,
    qtbot: Any,
    translations: str,
    said: str,
) -> None:
    if translations:
        request.getfixturevalue(translations)
    assert window.session.open_path(one_slide_article(tmp_path / "one"))
    panel = window.problems
    qtbot.waitUntil(lambda: panel.ready)
    groups = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    rows = [g.child(j).text(0) for g in groups for j in range(g.childCount())]
    assert any(said in row for row in rows), rows
    assert not any("1 of 1" in row or "1 von 1" in row for row in rows)


def test_spelling_off_names_the_package_for_the_articles_language(
    settings: Any, sample_bundle: Path, request: pytest.FixtureRequest, qtbot: Any
) -> None:
    enchant = pytest.importorskip("enchant")
    if any(name.split("_")[0] == "pt" for name in enchant.list_languages()):
        pytest.skip("a Portuguese dictionary is installed here: spelling is not off")
    index = sample_bundle / "index.md"
    index.write_text(index.read_text().replace("lang: en-GB", "lang: pt"))
    window: MainWindow = request.getfixturevalue("sample_window")
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "spell checking is off" in bar.currentMessage().lower())
    said = bar.currentMessage()
    assert "hunspell-pt-pt / hunspell-pt-br" in said, said
    assert "hunspell-en-us" not in said


def test_an_export_without_a_base_url_names_the_dialogs_field_not_the_option(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    def fill(dialog: ExportDialog) -> None:
        dialog.output.setText(str(tmp_path / "page.html"))
        dialog.base_url.setText("")

    reports: list[tuple[str, str]] = []
    export_through_dialog(qtbot, sample_window, fill, reports)
    warnings = reports[0][1]
    assert "no base URL (fill in “Base URL” under File ▸ Export…)" in warnings
    assert "--base-url" not in warnings


class Passwd(NamedTuple):
    pw_gecos: str


@pytest.mark.parametrize(
    ("preference", "gecos", "signed"),
    [
        ("", "Ada Lovelace,Room 12,,", "Ada Lovelace"),  # the login's full name
        ("", "", "ada"),  # no full name: the login
        ("Ana Ruiz", "Ada Lovelace", "Ana Ruiz"),  # Preferences' name first
    ],
)
def test_a_note_is_signed_with_the_writers_name(
    sample_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    preference: str,
    gecos: str,
    signed: str,
) -> None:
    pwd = pytest.importorskip("pwd")
    monkeypatch.setattr(notes_panel.getpass, "getuser", lambda: "ada")
    monkeypatch.setattr(pwd, "getpwnam", lambda login: Passwd(gecos if login == "ada" else ""))
    sample_window.settings.set_value(KEYS["default_author"], preference)
    monkeypatch.setattr(notes_panel, "ask_note", lambda *_a: (ARTICLE, "Check the ferry times"))
    sample_window.actions_by_name["add_note"].trigger()  # Slide ▸ Add Note…
    assert sample_window.doc is not None
    (note,) = sample_window.doc.article.notes
    assert note.author == signed


def test_import_offers_a_folder_name_that_is_not_taken_yet(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Offered an existing folder, Enter in the file dialog opened it instead of naming the new
    article's: the name offered is the title's with -2, -3… when that one exists."""
    documents = tmp_path / "Documents"
    (documents / "two-cities-by-train").mkdir(parents=True)
    (documents / "two-cities-by-train-2").mkdir()
    source = tmp_path / "trains.txt"
    source.write_text(PAGE, encoding="utf-8")
    offered: list[str] = []

    def save_dialog(_parent: Any, _title: str, start: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        offered.append(start)
        return start, ""  # Enter: the name as offered

    monkeypatch.setattr(dialogs, "writers_folder", lambda: str(documents))
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: source)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.actions_by_name["import"].trigger()
    assert offered == [str(documents / "two-cities-by-train-3")]
    assert window.doc is not None and window.doc.bundle == documents / "two-cities-by-train-3"
    assert not any((documents / "two-cities-by-train").iterdir())  # the old one untouched


def test_the_ai_disclosure_offered_is_the_articles_language_and_an_old_saved_default_is_none(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    window.settings.set_value(
        KEYS["ai_disclosure"], "Generated with AI."
    )  # as older versions saved
    dialog = PreferencesDialog(window.settings, window)
    field = dialog.findChild(CredentialsSection).disclosure
    assert (field.text(), field.placeholderText()) == ("", "Generated with AI.")  # English window
    dialog.reject()
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "grey").save(
        buffer,
        "JPEG",
        xmp=xmp_packet(
            digital_source_type="http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
        ),
    )
    root = tmp_path / "hütten"
    (root / "images").mkdir(parents=True)
    (root / "images" / "made.jpg").write_bytes(buffer.getvalue())
    (root / "index.md").write_text(
        "---\ntitle: Hütten\nlang: de\nslides:\n- heading: Eins\n  image: images/made.jpg\n"
        "  alt: Eine Hütte\n  credit: Reuters\n  caption: Über dem Tal.\n---\n",
        encoding="utf-8",
    )
    assert window.session.open_path(root)
    qtbot.waitUntil(lambda: window.problems.ready)
    finding = next(f for f in window.problems.findings if f.rule == "ai-undisclosed")
    assert finding.fix is not None
    assert dict(finding.fix.changes) == {"caption": "Über dem Tal. Mit KI erzeugt."}
