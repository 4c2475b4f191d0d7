"""Reading one article for the index: its title, date and slides, and each slide's picture.

Runs in the indexer's worker processes (or inline for a handful of articles). Nothing here
raises for what is in a file: an article that cannot be read is an article with status
``unreadable`` and the reason (file, line, problem), a picture that cannot be read is a usage
with its state and reason; the bounds of the file format (size, YAML depth, pixel count) apply.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from slidewright.errors import SlidewrightError
from slidewright.library.pictures import PictureFacts, read_picture
from slidewright.library.scan import FileStat

# (size, mtime_ns, inode, digest) of each image file when the index last read it
Known = dict[str, tuple[int, int, int, str]]


@dataclass
class Usage:
    slide: int  # 1-based
    image: str
    file: str = ""  # relative to the library root
    state: str = "ok"
    problem: str = ""
    digest: str | None = None
    stat: FileStat | None = None
    credit: str = ""
    license: str = ""
    license_url: str = ""
    creator: str = ""
    licence_start: str = ""
    licence_end: str = ""


@dataclass
class ArticleRead:
    path: str
    stat: FileStat
    digest: str
    title: str = ""
    date: str = ""
    status: str = "ok"
    problem: str = ""
    slides: int = 0
    usages: list[Usage] = field(default_factory=list)
    pictures: list[PictureFacts] = field(default_factory=list)
    credits: str = ""  # every credit, for full-text search


_MEMO: dict[str, PictureFacts] = {}  # per worker process: a shared photo is decoded once
_MEMO_LIMIT = 50_000


def read_article(root: str, rel: str, known: Known | None = None) -> ArticleRead:
    """Read the article at ``root/rel`` (``known``: its image files as the index has them)."""
    from slidewright.fileformat.bundle import read_index

    bundle = Path(root) if rel == "." else Path(root, rel)
    try:
        file, raw = read_index(bundle)
        info = os.stat(file)
        result = ArticleRead(rel, FileStat.of(info), hashlib.sha256(raw).hexdigest())
    except SlidewrightError as error:
        return ArticleRead(rel, FileStat(-1, -1, -1), "", status="unreadable", problem=str(error))
    except OSError as error:
        return ArticleRead(
            rel, FileStat(-1, -1, -1), "", status="unreadable", problem=f"{bundle}: {error}"
        )
    try:
        _fill(result, bundle, root, known or {})
    except SlidewrightError as error:
        result.status, result.problem = "unreadable", str(error)
    except RecursionError:
        result.status, result.problem = "unreadable", f"{file}: nested too deeply to read"
    except Exception as error:  # noqa: BLE001 - one hostile article must not stop the library
        result.status, result.problem = "unreadable", f"{file}: {type(error).__name__}: {error}"
    return result


def _fill(result: ArticleRead, bundle: Path, root: str, known: Known) -> None:
    from slidewright.fileformat.bundle import load_article

    article = load_article(bundle)
    result.title = article.title
    result.date = article.date
    result.slides = len(article.slides)
    credits = []
    for number, slide in enumerate(article.slides, start=1):
        usage = Usage(
            number,
            slide.image,
            credit=slide.credit.strip(),
            license=slide.license.strip(),
            license_url=slide.license_url.strip(),
            creator=slide.creator.strip(),
            licence_start=slide.license_start.strip(),
            licence_end=slide.license_end.strip(),
        )
        credits.append(slide.credit)
        _picture(result, usage, bundle, root, known)
        result.usages.append(usage)
    result.credits = " ".join(filter(None, credits))


def _picture(result: ArticleRead, usage: Usage, bundle: Path, root: str, known: Known) -> None:
    from slidewright.fileformat.images import ImageProblem, bundle_image, read_image_bytes

    try:
        file = bundle_image(bundle, usage.image)
        info = file.stat()
    except ImageProblem as problem:
        usage.state, usage.problem = problem.kind, problem.reason
        return
    except OSError as error:
        usage.state, usage.problem = "unreadable", f"{usage.image}: {error.strerror or error}"
        return
    usage.stat = FileStat.of(info)
    try:
        usage.file = os.path.relpath(file, os.path.realpath(root)).replace(os.sep, "/")
    except ValueError:
        usage.file = str(file)
    before = known.get(usage.image)
    if before is not None and before[:3] == (info.st_size, info.st_mtime_ns, info.st_ino):
        usage.digest = before[3]
        return
    try:
        raw = read_image_bytes(file)
    except (ImageProblem, OSError) as error:
        usage.state, usage.problem = "unreadable", str(error)
        return
    digest = hashlib.sha256(raw).hexdigest()
    usage.digest = digest
    if before is not None and before[3] == digest:
        return  # touched, not changed: the index has this picture already
    facts = _MEMO.get(digest)
    if facts is None:
        facts = read_picture(file, raw)
        if len(_MEMO) >= _MEMO_LIMIT:
            _MEMO.clear()
        _MEMO[digest] = facts
    result.pictures.append(facts)
