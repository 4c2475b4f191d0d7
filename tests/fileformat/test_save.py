from __future__ import annotations

import os
from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.errors import SaveConflictError, SaveError, SlidewrightError
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


def _nested(depth: int) -> dict:
    value: dict = {"leaf": "x"}
    for _ in range(depth):
        value = {"k": value}
    return value


@pytest.mark.parametrize(
    ("article", "words"),
    [
        (Article(title="T", date="2026-1-5"), "write 2026-01-05"),
        (Article(title="T", date="2026-02-30"), "February 2026 has 28 days"),
        (Article(title="T", extra={"deep": _nested(100)}), "nested more than 64 levels"),
        (Article(title="T", extra={"deep": _nested(3000)}), "nested too deeply"),
    ],
)
def test_never_writes_a_file_it_cannot_read_back(
    tmp_path: Path, article: Article, words: str
) -> None:
    save_article(Article(title="Old"), tmp_path)
    before = (tmp_path / "index.md").read_bytes()
    with pytest.raises(SaveError, match=words) as caught:
        save_article(article, tmp_path)
    assert "index.md" in str(caught.value) and isinstance(caught.value, SlidewrightError)
    assert (tmp_path / "index.md").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.md"]


def test_saving_a_symlinked_index_md_writes_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "drafts" / "harbours.md"
    save_article(Article(title="Old"), real)
    bundle = tmp_path / "site"
    bundle.mkdir()
    (bundle / "index.md").symlink_to(real)
    digest = save_article(Article(title="New"), bundle, expected_digest=file_digest(bundle))
    assert (bundle / "index.md").is_symlink()
    assert load_article(real).title == "New" and digest == file_digest(real)
    assert sorted(p.name for p in real.parent.iterdir()) == ["harbours.md"]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_save_keeps_the_owner(tmp_path: Path) -> None:
    save_article(Article(title="A"), tmp_path)
    os.chown(tmp_path / "index.md", 65534, 65534)
    save_article(Article(title="B"), tmp_path)
    info = (tmp_path / "index.md").stat()
    assert (info.st_uid, info.st_gid) == (65534, 65534)
