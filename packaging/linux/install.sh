#!/usr/bin/env bash
# Install Slidewright's desktop entry, AppStream metadata, article file type and icon for the current user
# (or system-wide with PREFIX=/usr/local as root). The slidewright command must be on PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
id=io.github.slidewright.Slidewright
install -Dm644 "$here/$id.desktop" "$prefix/share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$prefix/share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$prefix/share/mime/packages/$id.xml"
install -Dm644 "$here/$id.svg" "$prefix/share/icons/hicolor/scalable/apps/$id.svg"
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "installed $id under $prefix"
