"""The real ``slidewright`` process starts and paints its preview, as root too, with no sandbox
variable set by anyone but the app itself."""

from __future__ import annotations

import base64
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from devtools import Session, free_port, wait_for_page
from slidewright.ui.app import ROOT_NOTICE

SCRIPT = Path(sys.executable).with_name("slidewright")


@pytest.mark.skipif(not SCRIPT.exists(), reason="the slidewright command is not installed here")
def test_the_app_starts_and_paints_the_preview_without_sandbox_variables(
    sample_bundle: Path, tmp_path: Path
) -> None:
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QTWEBENGINE_DISABLE_SANDBOX", "QTWEBENGINE_CHROMIUM_FLAGS")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_REMOTE_DEBUGGING=f"127.0.0.1:{port}",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    process = subprocess.Popen(
        [str(SCRIPT), str(sample_bundle)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        try:
            page = wait_for_page(port, "slidewright://", lambda: process.poll() is None)
        except RuntimeError:
            pytest.fail(f"slidewright exited {process.wait()}: {process.stderr.read()}")
        session = Session(page["webSocketDebuggerUrl"])
        try:
            deadline = time.monotonic() + 120  # a guard: the loop ends as the title shows
            title = None
            while time.monotonic() < deadline and not title:
                title = session.evaluate("document.querySelector('h1.sw-title')?.textContent")
                time.sleep(0.1)
            assert title and title.startswith("Nine Harbour Towns")
            shot = session.call("Page.captureScreenshot", format="png")
            image = Image.open(io.BytesIO(base64.b64decode(shot["data"]))).convert("RGB")
            colours = image.getcolors(maxcolors=100_000)
            assert colours is None or len(colours) > 50  # text and photos, not a blank page
        finally:
            session.close()
        assert process.poll() is None  # still running
    finally:
        process.terminate()
        try:
            _, stderr = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate()
    if os.geteuid() == 0:
        assert ROOT_NOTICE in stderr
        assert "Running as root without --no-sandbox" not in stderr
