"""Open the window on an article (argv[1]) and read its accessibility tree over AT-SPI, as Orca
does: the accessibility bus's address from the session bus, the registry's applications, then
the window's objects by name. Prints the names found; exit 77 when there is no AT-SPI here.

Run by tests/ui/test_screen_reader.py where a session bus and a display exist (xcb: the offscreen
platform exports no tree)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from slidewright.ui.app import open_window
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
app = QApplication(sys.argv)
app.setApplicationName("slidewright-probe")
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = open_window(settings, plan_start(Path(sys.argv[1]), False, settings))
app.exec()
"""
ROOT = "/org/a11y/atspi/accessible/root"
ACCESSIBLE = "org.a11y.atspi.Accessible"


def call(
    conn: Any, name: str, path: str, iface: str, method: str, sig: str = "", *args: Any
) -> Any:
    message = new_method_call(DBusAddress(path, bus_name=name, interface=iface), method, sig, args)
    return conn.send_and_get_reply(message, timeout=10).body[0]


def prop(conn: Any, name: str, path: str, key: str) -> Any:
    value = call(conn, name, path, "org.freedesktop.DBus.Properties", "Get", "ss", ACCESSIBLE, key)
    return value[1]


def names(
    conn: Any, name: str, path: str, depth: int = 0, found: list[str] | None = None
) -> list[str]:
    found = [] if found is None else found
    if depth > 14 or len(found) > 3000:
        return found
    found.append(prop(conn, name, path, "Name"))
    for child_name, child_path in call(conn, name, path, ACCESSIBLE, "GetChildren"):
        names(conn, child_name, child_path, depth + 1, found)
    return found


def main() -> int:
    try:
        session = open_dbus_connection(bus="SESSION")
        address = call(session, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress")
        bus = open_dbus_connection(bus=address)
    except Exception as error:  # no accessibility bus: nothing to read here
        print(f"no AT-SPI bus: {error}")
        return 77
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen([sys.executable, "-c", APP, sys.argv[1], sys.argv[2]], env=env)
    try:
        for _ in range(240):  # up to a minute for the window to build its second step
            for app_name, app_path in call(
                bus, "org.a11y.atspi.Registry", ROOT, ACCESSIBLE, "GetChildren"
            ):
                try:
                    if prop(bus, app_name, app_path, "Name") != "slidewright-probe":
                        continue
                    found = names(bus, app_name, app_path)
                except Exception:  # the window is still being built
                    continue
                if "Slides" in found and "Problems" in found:
                    print("\n".join(n for n in found if n))
                    return 0
            time.sleep(0.25)
        print("the window's tree never showed its slide list")
        return 1
    finally:
        app.terminate()
        app.wait(30)


if __name__ == "__main__":
    sys.exit(main())
