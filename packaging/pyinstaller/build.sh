#!/usr/bin/env bash
# Build a one-folder desktop bundle in dist/slidewright (slow: several minutes, ~600 MB).
# Checks it by running the frozen binary's `--version` and `check` on the sample article.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv-build
.venv-build/bin/pip install -q . pyinstaller
.venv-build/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/pyinstaller/slidewright.spec
dist/slidewright/slidewright --version
dist/slidewright/slidewright check resources/sample/harbour-towns || test $? -eq 1
