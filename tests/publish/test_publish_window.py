"""File ▸ Publish… in the real window, against the real WordPress; questions are answered through
the Prompts seam, as a writer would answer them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from wordpress_server import WordPressServer

from slidewright.fileformat import load_article
from slidewright.publish.state import read_state
from slidewright.ui.app import open_window
from slidewright.ui.dialogs import publish_dialog
from slidewright.ui.dialogs.publish_dialog import PublishDialog
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture
def window(
    qtbot: Any, tmp_path: Path, article_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The window with the sample open, its first credit check done; no keyring, no passwords
    remembered from another test."""
    from slidewright.ui.session import recovery

    monkeypatch.setattr(recovery, "recovery_dir", lambda: tmp_path / "recovery")
    monkeypatch.setattr(publish_dialog, "_SESSION_PASSWORDS", {})
    monkeypatch.setattr(publish_dialog.credentials, "_backend", lambda: None)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = open_window(settings, plan_start(article_copy, False, settings))  # `slidewright PATH`
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.completed and win.doc is not None, timeout=60000)
    qtbot.waitUntil(lambda: win.preview.ready and win.problems.ready, timeout=60000)
    yield win


def open_dialog(win: MainWindow) -> PublishDialog:
    win.actions_by_name["publish"].trigger()
    shown = visible_dialogs(win)
    assert len(shown) == 1
    return shown[0]


def visible_dialogs(win: MainWindow) -> list[PublishDialog]:
    """Publish dialogs on screen (a closed one lingers until Qt deletes it)."""
    return [d for d in win.findChildren(PublishDialog) if d.isVisible()]


def fill(dialog: PublishDialog, site: WordPressServer, password: str) -> None:
    dialog.site.setText(site.url)
    dialog.user.setText(site.user)
    dialog.password.setText(password)


def test_publishing_from_the_window_records_the_post_and_asks_about_credit_errors(
    qtbot: Any, window: MainWindow, site: WordPressServer, article_copy: Path, tmp_path: Path
) -> None:
    asked: list[str] = []
    window.session.prompts.yes_no = lambda title, text, **_: asked.append(text) or True  # type: ignore[method-assign]
    dialog = open_dialog(window)
    assert "1 error" in dialog.problems.text() and "alt-missing" in dialog.problems.text()
    fill(dialog, site, site.app_password)

    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.published is not None, timeout=60000)

    assert "Slide 5: error alt-missing" in asked[0]
    post = dialog.published.post if dialog.published else 0
    assert f"Published: post {post} (draft) at http" in dialog.message.text()
    assert "10 images uploaded" in dialog.message.text()
    on_disk = read_state(load_article(article_copy))
    assert on_disk is not None and on_disk.post == post and len(on_disk.media) == 10
    assert window.doc is not None and not window.doc.modified
    assert window.doc.article.extra["wordpress"]["post"] == post
    assert site.get(f"/wp/v2/posts/{post}")["title"]["raw"] == window.doc.article.title

    qtbot.waitUntil(lambda: not dialog.running(), timeout=10000)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    window.settings.qt.sync()
    settings_text = (tmp_path / "settings.ini").read_text()
    assert site.app_password not in settings_text and f"user={site.user}" in settings_text
    again = open_dialog(window)  # no keyring here: the password is kept for the session
    assert again.site.text() == site.url and again.password.text() == site.app_password
    assert f"Updates post {post}" in again.message.text()


def test_going_back_at_the_credit_question_publishes_nothing(
    window: MainWindow, site: WordPressServer, article_copy: Path
) -> None:
    window.session.prompts.yes_no = lambda *_a, **_k: False  # type: ignore[method-assign]
    newest = site.latest_media_id()
    dialog = open_dialog(window)
    fill(dialog, site, site.app_password)

    dialog.publish_button.click()

    assert not dialog.running() and dialog.isVisible()
    assert site.latest_media_id() == newest
    assert read_state(load_article(article_copy)) is None


def test_a_refused_password_is_reported_and_not_kept(
    qtbot: Any, window: MainWindow, site: WordPressServer
) -> None:
    errors: list[str] = []
    window.session.prompts.yes_no = lambda *_a, **_k: True  # type: ignore[method-assign]
    window.session.prompts.error = lambda title, text: errors.append(text)  # type: ignore[method-assign]
    dialog = open_dialog(window)
    fill(dialog, site, "not the password")

    dialog.publish_button.click()
    qtbot.waitUntil(lambda: "Publishing failed" in dialog.message.text(), timeout=30000)

    assert "refused the login for user 'editor'" in dialog.message.text()
    assert ".)." not in dialog.message.text()  # WordPress's full stop is not doubled
    assert errors == []  # said once, in the dialog, not again in a message box
    assert dialog.password.text() == "" and not publish_dialog._SESSION_PASSWORDS


def test_cancel_while_publishing_stops_and_closes_the_dialog(
    qtbot: Any, window: MainWindow, site: WordPressServer, article_copy: Path
) -> None:
    errors: list[str] = []
    window.session.prompts.yes_no = lambda *_a, **_k: True  # type: ignore[method-assign]
    window.session.prompts.error = lambda title, text: errors.append(text)  # type: ignore[method-assign]
    dialog = open_dialog(window)
    fill(dialog, site, site.app_password)
    steps: list[str] = []
    dialog.publish_button.click()
    assert dialog.worker is not None
    dialog.worker.progressed.connect(lambda done, total, text: steps.append(text))
    qtbot.waitUntil(lambda: len(steps) >= 2, timeout=30000)  # an image is on its way

    dialog.reject()
    qtbot.waitUntil(lambda: not visible_dialogs(window), timeout=30000)

    assert errors == []  # the writer pressed Cancel: no error box
    state = read_state(load_article(article_copy))
    uploaded = len(state.media) if state else 0
    assert uploaded < 10 and (state is None or state.post is None)
