"""Start a ``slidewright`` command's window offscreen and read its painted preview back.

usage: check_window.py [--user NAME] [--label TEXT] (--sample | --bundle PATH) COMMAND...

The process is the real app (an installed /usr/bin/slidewright or a developer's .venv one),
started with a fresh HOME, as root or (``--user``) as an ordinary account. Through QtWebEngine's
DevTools port it waits until the preview's article title is in the page and a screenshot of the
page holds text and photos (not one flat colour), prints one line with the time from the start
of the process to that first painted preview, and ends the process. Exit status 1 with the
app's own error output when it exits, shows no article, or paints a blank page.
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from devtools import Session, free_port, wait_for_page  # noqa: E402

TITLE = "Nine Harbour Towns"  # the bundled sample's title


def painted(session: Session) -> bool:
    title = session.evaluate("document.querySelector('h1.sw-title')?.textContent")
    if not (title and str(title).startswith(TITLE)):
        return False
    shot = session.call("Page.captureScreenshot", format="png")
    image = Image.open(io.BytesIO(base64.b64decode(shot["data"]))).convert("RGB")
    colours = image.getcolors(maxcolors=100_000)
    return colours is None or len(colours) > 50  # text and photos, not a blank page


def run(command: list[str], user: str | None, target: list[str]) -> float:
    home = Path(tempfile.mkdtemp(prefix="slidewright-home-"))
    account = pwd.getpwnam(user) if user else None
    (home / "run").mkdir(mode=0o700)
    if account:
        for folder in (home, home / "run"):
            os.chown(folder, account.pw_uid, account.pw_gid)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QTWEBENGINE_", "XDG_"))}
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_REMOTE_DEBUGGING=f"127.0.0.1:{port}",
        XDG_RUNTIME_DIR=str(home / "run"),
    )
    if account:
        env.update(USER=account.pw_name, LOGNAME=account.pw_name)
    started = time.monotonic()
    process = subprocess.Popen(
        [shutil.which(command[0]) or command[0], *command[1:], *target],
        env=env,
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        user=account.pw_uid if account else None,
        group=account.pw_gid if account else None,
        extra_groups=[] if account else None,
    )
    try:
        try:
            page = wait_for_page(port, "slidewright://", lambda: process.poll() is None)
            session = Session(page["webSocketDebuggerUrl"])
            try:
                deadline = time.monotonic() + 60
                while not painted(session):
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise RuntimeError("no painted article in the preview within 60 s")
                    time.sleep(0.05)
                seconds = time.monotonic() - started
            finally:
                session.close()
        except (RuntimeError, TimeoutError, OSError) as error:
            process.kill()
            sys.exit(f"FAIL: {error}\n{process.communicate()[1]}")
        if process.poll() is not None:
            sys.exit(f"FAIL: the app exited after painting\n{process.communicate()[1]}")
        return seconds
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--user", help="run the app as this account instead of the caller")
    parser.add_argument("--label", default="", help="name printed with the figure")
    parser.add_argument("--sample", action="store_true", help="open the app's own sample copy")
    parser.add_argument("--bundle", help="the article to open")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the slidewright command")
    args = parser.parse_args()
    if not args.command or args.sample == bool(args.bundle):
        parser.error("give a command and one of --sample or --bundle")
    target = ["--sample"] if args.sample else [args.bundle]
    seconds = run(args.command, args.user, target)
    who = args.user or pwd.getpwuid(os.geteuid()).pw_name
    print(
        f"ok: {args.label or args.command[0]} as {who}: preview painted {seconds:.2f} s after start"
    )


if __name__ == "__main__":
    main()
