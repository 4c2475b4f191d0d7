"""The Publish dialog says a failure once, in the dialog; asks about credit errors once; and
offers the site last published to, as it does the user name. No WordPress is needed: a
loopback port nothing listens on fails at once, as an unreachable site does."""

from __future__ import annotations

from typing import Any

import pytest

from slidewright.ui.dialogs import publish_dialog
from slidewright.ui.dialogs.publish_dialog import PublishDialog
from slidewright.ui.window.main_window import MainWindow

NOWHERE = "http://127.0.0.1:9"  # the discard port: refused at once on a test machine


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(publish_dialog, "_SESSION_PASSWORDS", {})
    monkeypatch.setattr(publish_dialog.credentials, "_backend", lambda: None)


def open_dialog(win: MainWindow) -> PublishDialog:
    win.actions_by_name["publish"].trigger()
    (dialog,) = [d for d in win.findChildren(PublishDialog) if d.isVisible()]
    return dialog


def test_a_failure_is_said_once_in_the_dialog_and_a_retry_does_not_ask_again(
    qtbot: Any, sample_window: MainWindow
) -> None:
    asked: list[str] = []
    boxes: list[str] = []
    prompts = sample_window.session.prompts
    prompts.yes_no = lambda title, *_a, **_k: asked.append(title) or True  # type: ignore[method-assign]
    prompts.error = lambda title, text: boxes.append(text)  # type: ignore[method-assign]
    dialog = open_dialog(sample_window)
    assert dialog.errors  # the sample has a credit error on purpose
    dialog.site.setText(NOWHERE)
    dialog.user.setText("editor")
    dialog.password.setText("abcd efgh")

    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Publishing failed"), timeout=20000)
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=20000)
    assert "127.0.0.1:9 cannot be reached" in dialog.message.text()
    assert "a4262c" in dialog.message.styleSheet()  # shown as an error
    assert boxes == []  # not a second time in a message box
    assert asked == ["Publish with credit errors?"]

    dialog.publish_button.click()  # try again
    qtbot.waitUntil(lambda: not dialog.running() and dialog.publish_button.isEnabled())
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Publishing failed"), timeout=20000)
    assert asked == ["Publish with credit errors?"]  # answered once for this dialog
    assert boxes == []
    dialog.reject()


def test_the_site_is_remembered_like_the_user(qtbot: Any, sample_window: MainWindow) -> None:
    dialog = open_dialog(sample_window)
    assert dialog.site.text() == ""
    dialog.site.setText("news.example.org/")
    dialog.user.setText("noor")
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    again = open_dialog(sample_window)
    assert again.site.text() == "https://news.example.org"
    assert again.user.text() == "noor"
    again.reject()
