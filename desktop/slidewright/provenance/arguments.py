"""``--c2pa-cert`` and ``--c2pa-key`` on ``export`` and ``publish``: the writer's signing identity.

The key's passphrase, when it has one, is read from the system keyring (service
``Slidewright Content Credentials``, user: the key file's absolute path), never from a file or
the command line, where it would stay in the shell's history.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from slidewright.errors import SlidewrightError

if TYPE_CHECKING:  # (loaded when the options are given: every export and publish adds them)
    from slidewright.provenance.signing import SigningIdentity

KEYRING_SERVICE = "Slidewright Content Credentials"


def add_signing_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--c2pa-cert",
        type=Path,
        metavar="CHAIN.pem",
        help="sign published pictures' Content Credentials with this certificate chain "
        "(leaf first; with --c2pa-key)",
    )
    parser.add_argument(
        "--c2pa-key",
        type=Path,
        metavar="KEY.pem",
        help=f"the certificate's private key; an encrypted key's passphrase is read from the "
        f"system keyring ({KEYRING_SERVICE!r}, the key file's path as user)",
    )


def keyring_passphrase(key: Path) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, str(key.resolve()))
    except Exception:  # noqa: BLE001 - no keyring backend: an encrypted key cannot be opened
        return None


def signing_from_args(args: argparse.Namespace) -> SigningIdentity | None:
    cert, key = getattr(args, "c2pa_cert", None), getattr(args, "c2pa_key", None)
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise SlidewrightError("--c2pa-cert and --c2pa-key go together: give both, or neither")
    from slidewright.provenance.signing import SigningError, load_identity

    try:
        return load_identity(cert, key, lambda: keyring_passphrase(key))
    except SigningError as error:
        raise SlidewrightError(str(error)) from error
