"""Drop the parts of PySide6's wheels that Slidewright never loads, from a staged environment.

PySide6 ships all of Qt (3D, QML, multimedia with FFmpeg, SQL drivers, Bluetooth, Designer...):
~590 MB, of which the app uses the widgets, the web engine, PDF and printing. What stays is the
Python modules the app imports, the plugins a desktop session loads (X11, Wayland, offscreen,
themes, input methods, image formats, TLS, printing), QtWebEngineProcess, and every Qt library
those link, followed through their ELF ``NEEDED`` entries, so nothing they need can be dropped.

``trim_qt.py SITE_PACKAGES`` prints what it removed; the installed-package test proves the rest.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

# What desktop/slidewright imports (tests/test_packaging.py keeps this list true).
MODULES = {
    "QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPdf", "QtPrintSupport",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineWidgets",
}  # fmt: skip
PLUGINS = {
    "platforms", "platformthemes", "platforminputcontexts", "xcbglintegrations", "iconengines",
    "imageformats", "tls", "printsupport", "networkinformation", "wayland-shell-integration",
    "wayland-decoration-client", "wayland-graphics-integration-client",
}  # fmt: skip
# Platforms for kiosks and framebuffers, not desktops (they pull in the EGLFS/KMS stack), and
# Qt's own on-screen keyboard (desktops bring theirs through the input-method plugins).
DROPPED_PLUGINS = {
    "platforms": {"libqeglfs.so", "libqlinuxfb.so", "libqminimalegl.so", "libqvkkhrdisplay.so", "libqvnc.so"},
    "platforminputcontexts": {"libqtvirtualkeyboardplugin.so"},
}  # fmt: skip
TRANSLATIONS = ("qt_", "qtbase_", "qtwebengine_")  # plus qtwebengine_locales/, Chromium's own


def needed(elf: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(elf)], capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def trim(site: Path) -> list[Path]:
    pyside = site / "PySide6"
    qt = pyside / "Qt"
    removed: list[Path] = []

    def drop(path: Path) -> None:
        removed.append(path)
        shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()

    for plugin_dir in (qt / "plugins").iterdir():
        if plugin_dir.name not in PLUGINS:
            drop(plugin_dir)
    for folder, names in DROPPED_PLUGINS.items():
        for name in names:
            if (qt / "plugins" / folder / name).exists():
                drop(qt / "plugins" / folder / name)
    for module in pyside.glob("Qt*.abi3.so"):
        if module.name.split(".")[0] not in MODULES:
            drop(module)
            stub = module.with_name(module.name.split(".")[0] + ".pyi")
            if stub.exists():
                drop(stub)

    roots = [*pyside.glob("*.so*"), *(site / "shiboken6").glob("*.so*")]
    roots += [p for p in (qt / "plugins").rglob("*.so") if p.is_file()]
    roots += [p for p in (qt / "libexec").iterdir() if p.is_file()]
    libraries = {p.name: p for p in (qt / "lib").iterdir() if ".so" in p.name}
    keep: set[str] = set()
    queue = list(roots)
    while queue:
        for name in needed(queue.pop()):
            if name in libraries and name not in keep:
                keep.add(name)
                queue.append(libraries[name])
    for name, path in libraries.items():
        if name not in keep:
            drop(path)

    for item in (qt / "translations").iterdir():
        if item.name != "qtwebengine_locales" and not item.name.startswith(TRANSLATIONS):
            drop(item)
    return removed


def main() -> None:
    site = Path(sys.argv[1])
    before = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    removed = trim(site)
    after = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    print(f"   trimmed Qt: {len(removed)} unused parts, {before >> 20} MB -> {after >> 20} MB")


if __name__ == "__main__":
    main()
