"""Recovery copies hold the writer's unsaved text: they are owner-only (folder 0700, files 0600),
like the kept preview pages, and a folder an earlier version made 0755 is tightened."""

from __future__ import annotations

import stat
from pathlib import Path

from slidewright.fileformat import load_article
from slidewright.ui.session.recovery import RecoveryStore


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_recovery_copies_are_owner_only_and_an_old_open_folder_is_tightened(
    recovery_folder: Path, sample_bundle: Path
) -> None:
    recovery_folder.mkdir(mode=0o755)
    recovery_folder.chmod(0o755)  # as earlier versions made it
    old = recovery_folder / "0123456789abcdef01234567-abcdef.md"
    old.write_text("an earlier session's unsaved text")
    old.chmod(0o644)
    store = RecoveryStore()
    try:
        store.write(load_article(sample_bundle), sample_bundle, None)
        assert mode(recovery_folder) == 0o700
        copies = sorted(recovery_folder.iterdir())
        assert len(copies) == 3  # the old copy, and this session's text and details
        assert {file.name: mode(file) for file in copies} == {f.name: 0o600 for f in copies}
        assert old.read_text() == "an earlier session's unsaved text"
    finally:
        store.discard(sample_bundle)
        store.close()
