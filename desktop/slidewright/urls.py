"""What kind of address an image path or link is: remote, inside the bundle, or safe to link.

Beneath both the file format (fileformat/images.py resolves local images) and the renderer (which
writes links and image URLs), so that neither imports the other for three small questions about
a string. Standard library only."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit


def is_remote(path: str) -> bool:
    return urlsplit(path).scheme in ("http", "https") or path.startswith("//")


def is_local(path: str) -> bool:
    """A path inside the bundle: relative, no scheme, never climbing out with '..'."""
    if not path or is_remote(path) or urlsplit(path).scheme or path.startswith(("/", "\\")):
        return False
    parts = path.replace("\\", "/").split("/")
    return ".." not in parts


def safe_url(url: str) -> str:
    """``url`` when a browser would treat it as a link or page (http, https, mailto, relative),
    without a user name or password (without_userinfo); "" for anything that could run code
    (``javascript:``, ``data:``, ``vbscript:``…)."""
    cleaned = "".join(ch for ch in url if ch > " ")
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:  # "http://[::1" : no address a browser would follow
        return ""
    return without_userinfo(url.strip()) if scheme in ("", "http", "https", "mailto") else ""


# A web address with a user name (and usually a password) before its host, inside a text:
# "https://jo:pw@host/" (group 1 the part before the name). check's url-credentials finds them
# with it (credits/rules_text.py), and the outputs take them out (without_passwords).
USERINFO = re.compile(r"(?i)\b((?:https?|ftp)://)([^\s/?#@\[\]<>()\"']+)@")


def without_passwords(text: str) -> str:
    """``text`` (Markdown) with every address's user name and password taken out, as
    without_userinfo does to one address."""
    return USERINFO.sub(r"\1", text) if "@" in text else text


def without_userinfo(url: str) -> str:
    """``url`` without the user name and password before its host ("https://jo:pw@host/a" ->
    "https://host/a"): a published page, a feed or a picture's metadata never carries them,
    whether or not the writer heeded check's url-credentials (the preview shows the same)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


_HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#].*)?$", re.IGNORECASE
)
_MAIL = re.compile(r"^[^@\s/:]+@[^@\s/:]+\.[a-z]{2,63}$", re.IGNORECASE)
# A name such as "kiosk.html" looks like a host too: a file of the article, not a web site.
_FILE_ENDINGS = frozenset(
    "html htm pdf jpg jpeg png gif webp svg avif md txt csv json xml mp3 mp4 webm zip".split()
)


def link_address(text: str) -> tuple[str, str]:
    """What a link typed as ``text`` should hold, and what kind of address it is: ("https://…",
    "web") for a web address (a host written without its scheme gets ``https://``: left as it
    was, a browser would take ``example.com/kiosk`` for a file next to the page), ("mailto:…",
    "mail") for an e-mail address, (path, "local") for a path inside the bundle, ("", "") for
    anything else (another scheme, a path climbing out, words with spaces)."""
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return "", ""
    scheme = urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        return (text, "web") if urlsplit(text).netloc else ("", "")
    if scheme == "mailto":
        return (text, "mail") if _MAIL.match(text[7:].split("?")[0]) else ("", "")
    if text.startswith("//") and _HOST.match(text[2:]):
        return "https:" + text, "web"
    if _MAIL.match(text):
        return "mailto:" + text, "mail"
    first = re.split(r"[/?#]", text, maxsplit=1)[0]
    ending = first.rsplit(".", 1)[-1].lower()
    looks_like_file = ending in _FILE_ENDINGS and first == text
    if _HOST.match(text) and not looks_like_file and not _is_port_free_scheme(text):
        return "https://" + text, "web"
    if not scheme and (text.startswith("#") or is_local(text)):
        return text, "local"
    return "", ""


def _is_port_free_scheme(text: str) -> bool:
    """``news:item`` parses as a scheme; ``example.com:8080`` does not count as one."""
    scheme = urlsplit(text).scheme
    return bool(scheme) and not re.match(r"^[^:]+:\d", text)
