"""Application passwords in the system keyring (the ``keyring`` library), never in a file.

One entry per site and user. Where no keyring is usable (a server without a Secret Service, a
locked or refused keyring) every call quietly says so (None/False): the window then asks once per
session and keeps the password in memory only; the CLI asks, or reads ``--password-env``.
"""

from __future__ import annotations

from typing import Any

SERVICE = "Slidewright WordPress"


def _service(site: str) -> str:
    return f"{SERVICE} {site}"


def _backend() -> Any | None:
    """The keyring backend, or None when there is none that stores anything."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def keyring_available() -> bool:
    return _backend() is not None


def stored_password(site: str, user: str) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        password = backend.get_password(_service(site), user)
    except Exception:  # locked, refused, D-Bus gone: as if nothing were stored
        return None
    return password if isinstance(password, str) and password else None


def remember_password(site: str, user: str, password: str) -> bool:
    """Store the password; False when no keyring would take it (the caller says so)."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(_service(site), user, password)
    except Exception:
        return False
    return True


def forget_password(site: str, user: str) -> None:
    """Drop a stored password (after the site refused it), if there is one."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(_service(site), user)
    except Exception:  # none stored, or the keyring refused: nothing more to do
        return
