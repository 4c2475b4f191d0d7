"""Exporting again replaces an earlier export only while it is as Slidewright wrote it: a page
or a folder the writer has edited since is not silently overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.cli import main
from slidewright.errors import TargetExistsError
from slidewright.exporters import ExportOptions, export

ONLINE = ExportOptions(base_url="https://coast.example.com/harbour-towns/")  # a feed needs one


@pytest.mark.parametrize(("to", "name"), [("html", "page.html"), ("rss", "feed.xml")])
def test_an_export_edited_by_hand_is_not_replaced_without_asking(
    sample_bundle: Path, tmp_path: Path, to: str, name: str
) -> None:
    out = tmp_path / name
    export(sample_bundle, to, out, ONLINE)
    export(sample_bundle, to, out, ONLINE)  # unchanged since: replaced without a question
    edited = out.read_text(encoding="utf-8").replace("Harbour", "Harbor", 1)
    out.write_text(edited, encoding="utf-8")
    with pytest.raises(TargetExistsError, match="edited since"):
        export(sample_bundle, to, out, ONLINE)
    assert out.read_text(encoding="utf-8") == edited
    assert (
        main(
            [
                "export",
                str(sample_bundle),
                "--to",
                to,
                "-o",
                str(out),
                "--base-url",
                ONLINE.base_url,
            ]
        )
        == 2
    )
    assert out.read_text(encoding="utf-8") == edited
    export(sample_bundle, to, out, ONLINE.with_changes(force=True))  # the writer said replace
    assert out.read_text(encoding="utf-8") != edited


def test_a_file_edited_in_an_export_folder_is_not_replaced_without_asking(
    sample_bundle: Path, tmp_path: Path
) -> None:
    out = tmp_path / "folder"
    export(sample_bundle, "html-folder", out)
    export(sample_bundle, "html-folder", out)
    page = out / "index.html"
    page.write_text(page.read_text(encoding="utf-8") + "<!-- my fix -->", encoding="utf-8")
    with pytest.raises(TargetExistsError, match="index.html"):
        export(sample_bundle, "html-folder", out)
    assert page.read_text(encoding="utf-8").endswith("<!-- my fix -->")


def test_a_site_config_the_writer_edited_does_not_stop_the_next_export(
    sample_bundle: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    export(sample_bundle, "hugo", out)
    config = out / "hugo.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\nbaseURL = "https://example.org/"\n')
    export(sample_bundle, "hugo", out)  # the config is the writer's now: kept, and no question
    assert 'baseURL = "https://example.org/"' in config.read_text(encoding="utf-8")
