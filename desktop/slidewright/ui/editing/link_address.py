"""The Link… dialog's reading of the address the writer typed: the address the link will hold
(``https://`` added to a bare host, ``mailto:`` to an e-mail address), said in the dialog before
OK, or why it is refused. A path is only taken when the article's folder has that file, so a
host typed without its scheme never becomes a dead relative link on the live site."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication

from slidewright.urls import link_address


@dataclass(frozen=True)
class Reading:
    """``address``: what the link will hold ("" when refused); ``message``: what the dialog says."""

    address: str
    message: str


def read_address(text: str, bundle: Path | None) -> Reading:
    """``text`` as a link's address for an article kept in ``bundle`` (None: not saved yet)."""
    text = text.strip()
    if not text:
        return Reading("", "")
    address, kind = link_address(text)
    if kind == "local" and not address.startswith("#") and bundle is not None:
        path = unquote(urlsplit(address).path)
        if not (bundle / path).exists():
            address, kind = "", ""
    if not address:
        return Reading(
            "",
            QCoreApplication.translate(
                "LinkAddress",
                "“{text}” is not a web address, an e-mail address or a file in the article's "
                "folder: a link goes to https://…, http://…, mailto:… or a file of the article.",
            ).format(text=text),
        )
    if kind == "mail":
        message = QCoreApplication.translate("LinkAddress", "E-mail link: {address}")
    elif kind == "local":
        message = QCoreApplication.translate("LinkAddress", "Link to the article's file: {address}")
    else:
        message = QCoreApplication.translate("LinkAddress", "Link to: {address}")
    return Reading(address, message.format(address=address))
