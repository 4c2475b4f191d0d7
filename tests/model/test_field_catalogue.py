"""One catalogue of slide fields: a field added in one place is saved, edited, previewed and
exported — shown by adding one to a copy of the package and using it as a writer would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from slidewright.model import SLIDE_FIELDS, Slide

ROOT = Path(__file__).resolve().parents[2]
NEW_FIELD = '    location: str = slide_field("text", "&Location", "Where the photo was taken")\n'

USE_IT = textwrap.dedent(
    """
    import json, os, sys, tempfile
    from pathlib import Path
    import slidewright
    assert slidewright.__file__.startswith(sys.argv[1]), slidewright.__file__
    from slidewright import load_article, save_article
    from slidewright.exporters import export_article
    from slidewright.model import Article, Slide

    work = Path(tempfile.mkdtemp())
    bundle = work / "walks"
    article = Article(title="Walks", slides=[Slide(heading="Pier", location="Harbour wall")])
    save_article(article, bundle)
    saved = (bundle / "index.md").read_text()
    loaded = load_article(bundle).slides[0].location
    page = export_article(load_article(bundle), bundle, "html", work / "out.html").read_text()
    hugo = export_article(load_article(bundle), bundle, "hugo", work / "site")
    site_page = (work / "site" / "content").rglob("index.html")

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from slidewright.ui.app import create_application
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.window.main_window import MainWindow

    app = create_application()
    window = MainWindow(Settings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)))
    window.show()
    assert window.session.open_path(bundle)
    while not window.preview.ready:
        QTest.qWait(20)
    field = window.slide_editor.fields["location"]
    field.setFocus()
    field.end(False)
    QTest.keyClicks(field, ", Ostend")
    edited = window.doc.article.slides[0].location
    shown = []
    for _ in range(200):
        QTest.qWait(20)
        window.preview.page().runJavaScript(
            "(document.querySelector('#slide-1 .sw-details') || {}).textContent || ''",
            0, shown.append)
        if shown and "Ostend" in shown[-1]:
            break
    window.doc.undo_stack.setClean()
    print(json.dumps({
        "saved": saved, "loaded": loaded, "page": page, "edited": edited,
        "preview": shown[-1] if shown else "",
        "site": [p.read_text() for p in site_page],
    }))
    """
)


def test_every_field_of_the_slide_is_in_the_catalogue() -> None:
    names = [spec.name for spec in SLIDE_FIELDS]
    assert names == [name for name in Slide.__dataclass_fields__ if name != "extra"]
    assert len(set(names)) == len(names)


def test_a_field_added_in_one_place_is_saved_edited_previewed_and_exported(
    tmp_path: Path,
) -> None:
    package = tmp_path / "pkg" / "slidewright"
    shutil.copytree(
        ROOT / "desktop" / "slidewright", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "resources", package / "resources")
    model = package / "model" / "article.py"
    source = model.read_text()
    anchor = "    extra: dict[str, Any] = field(default_factory=dict)\n"
    slide_class = source.index("class Slide:")
    at = source.index(anchor, slide_class)
    model.write_text(source[:at] + NEW_FIELD + source[at:])  # the one line

    env = dict(os.environ, PYTHONPATH=str(package.parent), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", USE_IT, str(package.parent)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    import json

    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert "location: Harbour wall" in seen["saved"]  # saved
    assert seen["loaded"] == "Harbour wall"  # and read back
    assert seen["edited"] == "Harbour wall, Ostend"  # edited in its own field
    assert "Harbour wall, Ostend" in seen["preview"]  # previewed
    assert "<dd>Harbour wall</dd>" in seen["page"]  # exported
    assert any("location: Harbour wall" in page for page in seen["site"])


def test_the_json_schema_describes_the_catalogue_fields() -> None:
    """The schema is written for other tools; it must say what the catalogue says."""
    import json

    schema = json.loads((ROOT / "resources" / "schema" / "article.schema.json").read_text())
    properties = schema["$defs"]["slide"]["properties"]
    assert list(properties) == [spec.name for spec in SLIDE_FIELDS]
    for spec in SLIDE_FIELDS:
        expected = "#/$defs/flag" if spec.kind == "flag" else "#/$defs/text"
        assert properties[spec.name]["$ref"] == expected, spec.name
