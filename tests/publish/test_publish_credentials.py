"""Passwords in the keyring: stored only when asked, used when there, never written anywhere else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from wordpress_server import WordPressServer

from slidewright.cli import main
from slidewright.publish import credentials
from slidewright.publish.client import WordPressClient
from slidewright.publish.errors import SiteUnreachableError


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps entries in a dict (a real backend, as keyring sees it)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_remember_stores_the_password_and_the_next_publish_needs_none(
    site: WordPressServer,
    article_copy: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    common = ["publish", str(article_copy), "--site", site.url, "--user", site.user]
    monkeypatch.setenv("SW_TEST_WP_PASSWORD", site.app_password)
    assert main([*common, "--password-env", "SW_TEST_WP_PASSWORD", "--remember"]) == 0
    assert credentials.stored_password(site.url, site.user) == site.app_password

    monkeypatch.delenv("SW_TEST_WP_PASSWORD")
    assert main(common) == 0  # from the keyring; stdin is no terminal, so nothing would ask
    assert site.app_password not in (article_copy / "index.md").read_text()


def test_without_a_keyring_nothing_is_stored_and_the_cli_says_how_to_pass_one(
    site: WordPressServer, article_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not credentials.remember_password(site.url, site.user, "x")
        code = main(["publish", str(article_copy), "--site", site.url, "--user", site.user])
    finally:
        keyring.set_keyring(before)
    assert code == 2
    assert "pass --password-env VAR" in capsys.readouterr().err


def test_a_plain_http_address_elsewhere_is_refused_before_the_password_is_sent() -> None:
    with pytest.raises(SiteUnreachableError, match="unencrypted"):
        WordPressClient("http://blog.example.com", "noor", "secret")
