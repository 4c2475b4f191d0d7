"""``slidewright publish`` as a writer (or a script) runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from wordpress_server import WordPressServer

from slidewright.cli import main
from slidewright.fileformat import load_article
from slidewright.publish.state import read_state


def publish_args(site: WordPressServer, bundle: Path, *more: str) -> list[str]:
    return [
        "publish", str(bundle), "--to", "wordpress", "--site", site.url, "--user", site.user,
        "--password-env", "SW_TEST_WP_PASSWORD", *more,
    ]  # fmt: skip


def test_publish_from_the_command_line_records_the_post_in_the_article(
    site: WordPressServer,
    article_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SW_TEST_WP_PASSWORD", site.app_password)

    assert main(publish_args(site, article_copy, "--status", "publish")) == 0

    out, err = capsys.readouterr()
    state = read_state(load_article(article_copy))
    assert state is not None and state.site == site.url and state.post is not None
    assert f"post {state.post} (publish)" in out and "10 images uploaded" in out
    assert "alt-missing" in err  # the checker's error is shown, not fatal without --strict
    assert site.app_password not in out + err
    assert site.get(f"/wp/v2/posts/{state.post}")["status"] == "publish"
    text = (article_copy / "index.md").read_text(encoding="utf-8")
    assert site.app_password not in text


def test_strict_refuses_an_article_whose_credit_check_has_errors(
    site: WordPressServer,
    article_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SW_TEST_WP_PASSWORD", site.app_password)
    newest = site.latest_media_id()

    assert main(publish_args(site, article_copy, "--strict")) == 2

    err = capsys.readouterr().err
    assert "slide 5: error alt-missing" in err
    assert "not published (--strict): the credit check has 1 error" in err
    assert site.latest_media_id() == newest


def test_a_missing_password_variable_is_named(
    site: WordPressServer, article_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(publish_args(site, article_copy)) == 2
    assert "the variable SW_TEST_WP_PASSWORD is not set" in capsys.readouterr().err


def test_a_wrong_password_exits_2_with_one_line(
    site: WordPressServer,
    article_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SW_TEST_WP_PASSWORD", "wrong password")
    assert main(publish_args(site, article_copy)) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("slidewright: ") and "refused the login for user 'editor'" in err
