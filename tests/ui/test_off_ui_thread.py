"""Typing never waits for rendering or credit checks: both run on a background thread."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from uihelpers import run_js

from slidewright.ui.preview import render as preview_render
from slidewright.ui.window.main_window import MainWindow


def test_slide_renders_and_credit_checks_run_off_the_ui_thread(
    qtbot: Any, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: dict[str, set[str]] = {"render": set(), "check": set()}
    real_render = preview_render.render_slide

    def slow_render(*args: Any, **kwargs: Any) -> str:
        threads["render"].add(threading.current_thread().name)
        time.sleep(0.05)  # a heavy slide: the window must not wait for it
        return real_render(*args, **kwargs)

    monkeypatch.setattr(preview_render, "render_slide", slow_render)
    checker = sample_window.problems.checker
    real_check = checker.check

    def recording_check(*args: Any) -> Any:
        threads["check"].add(threading.current_thread().name)
        return real_check(*args)

    monkeypatch.setattr(checker, "check", recording_check)
    sample_window.select_rows([4])
    alt = sample_window.slide_editor.fields["alt"]
    qtbot.keyClicks(alt, "A bakery window lit before dawn")
    assert sample_window.doc.article.slides[4].alt == "A bakery window lit before dawn"
    qtbot.waitUntil(
        lambda: (
            run_js(qtbot, sample_window, "document.querySelector('#slide-5 img').alt")
            == "A bakery window lit before dawn"
        ),
        timeout=10000,
    )
    qtbot.waitUntil(
        lambda: not [f for f in sample_window.problems.findings if f.rule == "alt-missing"],
        timeout=10000,
    )
    main = threading.main_thread().name
    assert threads["render"] and main not in threads["render"]
    assert threads["check"] and main not in threads["check"]
