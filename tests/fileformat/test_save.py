from __future__ import annotations

import os
from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.errors import SaveConflictError
from slidewright.fileformat import copy_images, file_digest, safefiles
from slidewright.model import Article, Slide


def test_failed_write_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_article(Article(title="Old"), tmp_path)
    before = (tmp_path / "index.md").read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safefiles.os, "fsync", broken_fsync)  # atomic_write lives there
    with pytest.raises(OSError):
        save_article(Article(title="New"), tmp_path)
    assert (tmp_path / "index.md").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.md"]  # no temp file left


def test_save_refuses_to_overwrite_a_file_changed_on_disk(tmp_path: Path) -> None:
    loaded = save_article(Article(title="Mine"), tmp_path)
    (tmp_path / "index.md").write_text("---\ntitle: Theirs\n---\n", encoding="utf-8")
    with pytest.raises(SaveConflictError, match="changed on disk"):
        save_article(Article(title="Mine, edited"), tmp_path, expected_digest=loaded)
    assert load_article(tmp_path).title == "Theirs"


def test_save_keeps_file_permissions(tmp_path: Path) -> None:
    save_article(Article(title="A"), tmp_path)
    os.chmod(tmp_path / "index.md", 0o600)
    written = save_article(Article(title="B"), tmp_path)
    assert (tmp_path / "index.md").stat().st_mode & 0o777 == 0o600
    assert written == file_digest(tmp_path)


def test_save_as_copies_images_but_never_from_outside_the_bundle(
    sample_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(sample_bundle)
    (sample_bundle.parent / "secret.jpg").write_bytes(b"not yours")
    article.slides.append(Slide(heading="Escape", image="../secret.jpg"))
    target = tmp_path / "out" / "copy"
    assert copy_images(article, sample_bundle, target) == []
    save_article(article, target)
    assert (target / "images" / "fog.jpg").read_bytes() == (
        sample_bundle / "images" / "fog.jpg"
    ).read_bytes()
    assert not (tmp_path / "out" / "secret.jpg").exists()
    assert load_article(target) == article
