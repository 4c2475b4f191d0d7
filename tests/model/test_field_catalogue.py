"""One catalogue of slide fields: a field added in one place is saved, edited, previewed and
exported — shown by adding one to a copy of the package and using it as a writer would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from slidewright.model import ARTICLE_FIELDS, SLIDE_FIELDS, Article, Slide

ROOT = Path(__file__).resolve().parents[2]
NEW_FIELD = '    location: str = slide_field("text", "&Location", "Where the photo was taken")\n'
NEW_ARTICLE_FIELD = '    edition: str = article_field("text", "&Edition", "e.g. Weekend")\n'

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
    article = Article(
        title="Walks", edition="Weekend", slides=[Slide(heading="Pier", location="Harbour wall")]
    )
    save_article(article, bundle)
    saved = (bundle / "index.md").read_text()
    loaded = load_article(bundle).slides[0].location
    page = export_article(load_article(bundle), bundle, "html", work / "out.html").read_text()
    hugo = export_article(load_article(bundle), bundle, "hugo", work / "site")
    site_page = (work / "site" / "content").rglob("index.md")

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from slidewright.ui.app import create_application, open_window
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import plan_start

    app = create_application()
    settings = Settings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    window = open_window(settings, plan_start(bundle, False, settings))  # `slidewright BUNDLE`
    while not (window.completed and window.doc is not None and window.preview.ready):
        QTest.qWait(20)
    field = window.slide_editor.fields["location"]
    field.setFocus()
    field.end(False)
    QTest.keyClicks(field, ", Ostend")
    edited = window.doc.article.slides[0].location
    window.tabs.setCurrentIndex(1)
    edition = window.article_editor.fields["edition"]
    edition.setFocus()
    edition.end(False)
    QTest.keyClicks(edition, " edition")
    article_edited = window.doc.article.edition
    undo_text = window.doc.undo_stack.undoText()
    window.session.save()
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
        "article_edited": article_edited, "undo_text": undo_text,
        "resaved": (bundle / "index.md").read_text(),
        "preview": shown[-1] if shown else "",
        "site": [p.read_text() for p in site_page],
    }))
    """
)


def test_every_field_of_the_slide_is_in_the_catalogue() -> None:
    names = [spec.name for spec in SLIDE_FIELDS]
    assert names == [name for name in Slide.__dataclass_fields__ if name != "extra"]
    assert len(set(names)) == len(names)


def test_every_field_of_the_article_is_in_the_catalogue() -> None:
    names = [spec.name for spec in ARTICLE_FIELDS]
    assert names == [n for n in Article.__dataclass_fields__ if n not in ("slides", "extra")]


def test_any_change_to_a_slide_moves_its_revision_and_copies_keep_it() -> None:
    """The preview's and the checker's caches key on the revision: every field must move it,
    including one the caches were never told about."""
    slide = Slide(heading="Pier")
    seen = {slide.revision}
    for spec in SLIDE_FIELDS:
        setattr(slide, spec.name, True if spec.kind == "flag" else "changed")
        assert slide.revision not in seen, spec.name
        seen.add(slide.revision)
    assert slide.copy().revision == slide.revision
    assert Slide(heading="Pier").revision != Slide(heading="Pier").revision


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
    source = source[:at] + NEW_FIELD + source[at:]  # the one line for a slide field
    at = source.index("    slides: list[Slide]", source.index("class Article:"))
    model.write_text(source[:at] + NEW_ARTICLE_FIELD + source[at:])  # and one for the article

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
    # the article field: saved, read back, edited in the article pane, named in the undo history
    assert "edition: Weekend" in seen["saved"]
    assert seen["article_edited"] == "Weekend edition"
    assert seen["undo_text"] == "Edit article edition"
    assert "edition: Weekend edition" in seen["resaved"]
    assert any("edition: Weekend" in page for page in seen["site"])


def test_the_json_schema_describes_the_catalogue_fields() -> None:
    """The schema is written for other tools; it must say what the catalogue says."""
    import json

    schema = json.loads((ROOT / "resources" / "schema" / "article.schema.json").read_text())
    properties = schema["$defs"]["slide"]["properties"]
    assert list(properties) == [spec.name for spec in SLIDE_FIELDS]
    for spec in SLIDE_FIELDS:
        expected = "#/$defs/flag" if spec.kind == "flag" else "#/$defs/text"
        assert properties[spec.name]["$ref"] == expected, spec.name


def test_the_json_schema_describes_the_article_fields() -> None:
    """Every front matter field of the article catalogue is in the schema, with its kind."""
    import json

    schema = json.loads((ROOT / "resources" / "schema" / "article.schema.json").read_text())
    properties = schema["properties"]
    kinds = {"text": "#/$defs/text", "flag": "#/$defs/flag", "list": "#/$defs/textList"}
    for spec in ARTICLE_FIELDS:
        if spec.storage != "front_matter":
            assert spec.name not in properties, spec.name  # kept in the Markdown after it
            continue
        assert spec.name in properties, spec.name
        if spec.kind in kinds:
            assert properties[spec.name]["$ref"] == kinds[spec.kind], spec.name
