"""The writer's trust list: PEM certificate files whose signatures count as "trusted".

None by default, so every signed picture reads "valid, signer not in your trust list" until the
writer adds the anchors their newsroom trusts (an agency's CA, their own). The command line
(``check --trust``) refuses a bad file by name; the window skips it and says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from slidewright.errors import SlidewrightError

MAX_TRUST_FILE = 2_000_000  # bytes: a bundle of CA certificates, not a picture


class TrustListError(SlidewrightError):
    """A trust list file that cannot be read or holds no certificate."""


def read_anchor_file(file: Path) -> str:
    """The file's text; a FIFO, a device or a file over :data:`MAX_TRUST_FILE` is refused
    unread (``open`` would wait for a FIFO's writer, ``/dev/zero`` never ends)."""
    from slidewright.fileformat.safeio import read_regular_file

    try:
        text = read_regular_file(file, MAX_TRUST_FILE).decode("ascii", errors="replace")
    except OSError as error:
        raise TrustListError(f"{file}: cannot be read ({error.strerror or error})") from error
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise TrustListError(f"{file}: holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
    return text


def load_anchors(files: Iterable[Path]) -> str:
    """Every file's certificates, joined; the first bad file raises :class:`TrustListError`."""
    return "\n".join(read_anchor_file(file) for file in files)


def load_usable_anchors(files: Iterable[Path]) -> tuple[str, list[str]]:
    """The certificates of the files that hold some, and a sentence for each that does not."""
    texts, problems = [], []
    for file in files:
        try:
            texts.append(read_anchor_file(file))
        except TrustListError as error:
            problems.append(str(error))
    return "\n".join(texts), problems
