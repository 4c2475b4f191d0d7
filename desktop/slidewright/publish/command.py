"""``slidewright publish PATH --to wordpress --site URL --user NAME``: the CLI's wiring, kept here
so cli.py stays a table of commands.

The password comes from ``--password-env VAR``, else the keyring, else a prompt (a terminal
only: a script without a terminal must name its variable). It is never printed or written.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from slidewright.errors import SlidewrightError
from slidewright.publish.options import (
    STATUS_MEANINGS,
    STATUSES,
    PublishOptions,
    normalise_site,
)
from slidewright.terminal import terminal_line


def add_publish_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    publish = sub.add_parser(
        "publish",
        help="publish to a WordPress site (updates the same post when published again)",
        description="Send the article to a WordPress site through its REST API, with an "
        "application password (Users > Profile > Application Passwords on the site).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="statuses (--status):\n" + statuses_help(),
    )
    publish.add_argument("path", type=Path, help="bundle folder or index.md")
    publish.add_argument("--to", choices=("wordpress",), default="wordpress")
    publish.add_argument("--site", required=True, help="the site's address, https://example.com")
    publish.add_argument("--user", required=True, help="your WordPress user name")
    publish.add_argument(
        "--status",
        choices=STATUSES,
        default="draft",
        help="what the post is on the site (see statuses below); draft by default",
    )
    publish.add_argument(
        "--paged", action="store_true", help="one slide per page (WordPress page breaks)"
    )
    publish.add_argument(
        "--strict", action="store_true", help="refuse when the credit check finds errors"
    )
    publish.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the application password from this environment variable",
    )
    publish.add_argument(
        "--remember", action="store_true", help="keep the password in the system keyring"
    )
    publish.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    from slidewright.provenance.arguments import add_signing_arguments

    add_signing_arguments(publish)
    publish.set_defaults(handler=run_publish)


def statuses_help() -> str:
    """One line per WordPress status for ``publish --help``."""
    width = max(map(len, STATUSES))
    return "\n".join(f"  {name:<{width}}  {STATUS_MEANINGS[name]}" for name in STATUSES)


def password_for(args: argparse.Namespace, site: str) -> str:
    from slidewright.publish.credentials import stored_password

    if args.password_env:
        password = os.environ.get(args.password_env, "")
        if not password:
            raise SlidewrightError(f"--password-env: the variable {args.password_env} is not set")
        return password
    password = stored_password(site, args.user) or ""
    if password:
        return password
    if not sys.stdin.isatty():
        raise SlidewrightError(
            "no password: none is stored in the keyring for this site and user; "
            "pass --password-env VAR or run in a terminal to be asked"
        )
    return getpass.getpass(f"Application password for {args.user} at {site}: ")


def credit_errors(path: Path) -> list[str]:
    """The credit checker's errors, as lines."""
    from slidewright.credits.checker import check_article
    from slidewright.credits.findings import Severity
    from slidewright.fileformat import load_article
    from slidewright.fileformat.bundle import bundle_dir

    findings = check_article(load_article(path), bundle_dir(path))
    return [f.as_text() for f in findings if f.severity == Severity.ERROR]


def run_publish(args: argparse.Namespace) -> int:
    from slidewright.fileformat import file_digest, load_article
    from slidewright.fileformat.bundle import bundle_dir
    from slidewright.publish.credentials import remember_password
    from slidewright.publish.publisher import publish_article
    from slidewright.publish.state import PublishState, record_state

    errors = credit_errors(args.path)
    for line in errors:
        print(terminal_line(line), file=sys.stderr)
    if errors and args.strict:
        raise SlidewrightError(
            f"{args.path}: not published (--strict): the credit check has {len(errors)} "
            f"error{'s' if len(errors) != 1 else ''}"
        )
    site = normalise_site(args.site)
    bundle = bundle_dir(args.path)
    article = load_article(args.path)
    digest = file_digest(args.path)
    password = password_for(args, site)

    def record(state: PublishState) -> None:
        nonlocal digest
        digest = record_state(bundle, state, digest)

    def progress(done: int, total: int, text: str) -> None:
        print(terminal_line(f"[{done}/{total}] {text}"), file=sys.stderr)

    from slidewright.provenance.arguments import signing_from_args

    options = PublishOptions(
        site, args.user, args.status, args.paged, args.timeout, signing=signing_from_args(args)
    )
    result = publish_article(article, bundle, options, password, record=record, progress=progress)
    if args.remember and not remember_password(site, args.user, password):
        print("slidewright: no usable keyring; the password was not stored", file=sys.stderr)
    print(terminal_line(f"published {args.path} as {result.describe()}"))
    return 0
