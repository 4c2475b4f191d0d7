"""The ``slidewright`` command: open (default), check, export, import, publish.

One argparse parser; each subcommand calls the pure core and prints what it did. Errors a writer
can act on print one line and exit 2. The arguments are parsed first; each command imports only
what it needs (an HTML export of a text article never loads Pillow, the checker or Qt).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from slidewright import __version__
from slidewright.errors import SlidewrightError, TargetExistsError
from slidewright.terminal import terminal_line, terminal_text

COMMANDS = ("open", "check", "export", "import", "publish", "audit")


class _RuleIds:
    """``check --disable``'s choices, read from the rule ids only when argparse looks at them."""

    def _ids(self) -> list[str]:
        from slidewright.credits.findings import RuleId

        return [str(rule) for rule in RuleId]

    def __contains__(self, value: object) -> bool:
        return value in self._ids()

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())


def _open(args: argparse.Namespace) -> int:
    from slidewright.ui.app import run

    return run(args.path, sample=args.sample)


def _check(args: argparse.Namespace) -> int:
    if args.list_rules:
        from slidewright.credits.report import list_rules

        return list_rules(sys.stdout, args.format)
    if args.path is None:
        args.parser.error("the following arguments are required: path (or --list-rules)")
    _require_existing(args.path)
    anchors = _trust_anchors(args.trust or [])
    # Before the checker's imports (two thirds of a cold check): a child validates the signed
    # pictures meanwhile (credits/ahead.py), and is stopped and reaped whatever happens.
    from slidewright.credits import ahead

    reading = ahead.start(anchors, args.path)
    try:
        from slidewright.fileformat.bundle import bundle_dir
        from slidewright.fileformat.places import load_placed

        article, places = load_placed(args.path)  # the child imports the C2PA library meanwhile
        if reading is not None:
            reading.send((slide.image for slide in article.slides), bundle_dir(args.path))
        from slidewright.credits.report import run_check

        return run_check(
            args.path,
            args.format,
            args.strict,
            sys.stdout,
            args.min_side,
            args.disable or (),
            tuple(args.agency or ()),
            anchors,
            reading,
            article,
            places,
        )
    finally:
        if reading is not None:
            reading.close()


def _trust_anchors(files: list[Path]) -> str:
    """The PEM certificates of ``--trust`` files, joined; a file that holds none is named."""
    from slidewright.provenance.trust import load_anchors

    return load_anchors(files)


def _require_existing(path: Path) -> None:
    """A path that is not there is named as missing, not as "a folder without index.md"."""
    if not path.exists() and not path.is_symlink():
        what = "file" if path.suffix else "folder"  # page.txt, index.md: files; a bundle: folder
        raise SlidewrightError(f"{path}: no such {what}: it does not exist")


def _export_format(args: argparse.Namespace) -> str:
    """``--to``, or the format ``-o``'s name implies; a name that implies none is refused."""
    if args.to is not None:
        return str(args.to)
    from slidewright.exportformats import infer_format

    inferred = infer_format(args.output)
    if inferred is None:
        raise SlidewrightError(
            f"{args.output}: cannot tell the export format from the suffix "
            f"{args.output.suffix!r}; name the file .html or .xml, give a folder name without a "
            "suffix, or pass --to"
        )
    return inferred


def _export(args: argparse.Namespace) -> int:
    from slidewright.exporters import ExportOptions, export

    def warn(message: str) -> None:
        print(f"slidewright: warning: {terminal_line(message)}", file=sys.stderr)

    from slidewright.provenance.arguments import signing_from_args

    options = ExportOptions(
        mode=args.mode,
        base_url=args.base_url,
        strict=args.strict,
        force=args.force,
        warn=warn,
        signing=signing_from_args(args),
    )
    _require_existing(args.path)
    to = _export_format(args)
    try:
        written = export(args.path, to, args.output, options)
    except TargetExistsError as error:
        raise TargetExistsError(error.path, f"{error.message} (--force to replace)") from None
    from slidewright.exporters.target import size_summary

    print(terminal_line(f"exported {args.path} as {to} to {written}{size_summary(to, written)}"))
    return 0


def _import(args: argparse.Namespace) -> int:
    from slidewright.importers import import_file

    _require_existing(args.source)
    output: Path = args.output
    if output.exists() and not args.force:
        if not output.is_dir():
            raise SlidewrightError(f"{output}: already exists and is not a folder")
        held = sorted(p.name for p in output.iterdir())
        if held:
            shown = ", ".join(held[:5]) + (", …" if len(held) > 5 else "")
            raise TargetExistsError(
                output,
                f"the folder is not empty (it holds {shown}); import into a new "
                "folder, or pass --force to write the article among these files",
            )
    from slidewright.spelling.dictionary import system_language

    lang = args.lang.strip() or system_language()  # as the window's import (and New Article)
    summary = import_file(
        args.source, args.output, args.source_format, args.fix_agencies, lang=lang
    )
    print(terminal_text(summary.describe()))  # titles and notes come from the imported page
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="slidewright",
        description="Write slideshow articles: editor, live preview, credit checks, export.",
        epilog="With no command, opens PATH (or the last article) in the window.",
    )
    parser.add_argument("--version", action="version", version=f"slidewright {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    opener = sub.add_parser("open", help="open an article in the window (the default)")
    opener.add_argument("path", nargs="?", type=Path, help="bundle folder or index.md")
    opener.add_argument(
        "--sample", action="store_true", help="open your copy of the sample article"
    )
    opener.set_defaults(handler=_open)

    check = sub.add_parser("check", help="check image credits, alt text and images")
    check.add_argument("path", type=Path, nargs="?", help="bundle folder or index.md")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.add_argument("--min-side", type=int, default=720, help="house minimum image side in px")
    check.add_argument(
        "--disable",
        action="append",
        metavar="RULE",
        choices=_RuleIds(),  # a lazy container of the ids
        help="do not run this rule (repeatable; see --list-rules)",
    )
    check.add_argument(
        "--agency",
        action="append",
        metavar="NAME",
        help="one of your own agencies, beside the built-in list (repeatable; the window takes "
        "them from Preferences ▸ Agencies)",
    )
    check.add_argument(
        "--trust",
        action="append",
        type=Path,
        metavar="PEM",
        help="certificates whose Content Credentials you trust (repeatable; none by default, so "
        "signed pictures read as 'not in your trust list')",
    )
    check.add_argument(
        "--list-rules",
        action="store_true",
        help="list the rules: id, default severity, description (JSON with --format json)",
    )
    check.set_defaults(handler=_check, parser=check)

    from slidewright.exportformats import FORMAT_DESCRIPTIONS, formats_help

    export = sub.add_parser(
        "export",
        help="export to HTML and other publishing outputs",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="formats (--to):\n" + formats_help() + "\n\nWithout --to, the format comes from "
        "-o: NAME.html is html, NAME.xml or NAME.rss is rss,\na name without a suffix (or an "
        "existing folder) is html-folder; hugo and jekyll need --to.",
    )
    export.add_argument("path", type=Path, help="the article: its bundle folder or its index.md")
    export.add_argument(
        "--to",
        choices=tuple(FORMAT_DESCRIPTIONS),
        help="the output format (see formats below); without it, taken from -o's suffix",
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="the file (html, rss) or folder (html-folder, hugo, jekyll) to write",
    )
    export.add_argument(
        "--mode",
        choices=("article", "slideshow", "paged"),
        default="article",
        help="article: one long page; slideshow: one slide at a time; paged: one page per slide "
        "(html-folder, hugo, jekyll)",
    )
    export.add_argument(
        "--base-url",
        default="",
        help="the address the export is published at (a site's root for hugo/jekyll): canonical "
        "link, og:url and every image address are made absolute against it; required for rss",
    )
    export.add_argument(
        "--strict",
        action="store_true",
        help="refuse to export an article with credit-check errors or a missing image",
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="replace an existing file, or write into a folder holding files not written by "
        "a Slidewright export",
    )
    from slidewright.provenance.arguments import add_signing_arguments

    add_signing_arguments(export)
    export.set_defaults(handler=_export)

    importer = sub.add_parser("import", help="turn page text, HTML or Markdown into an article")
    importer.add_argument("source", type=Path)
    importer.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="a new bundle folder (or an empty one; one holding files needs --force)",
    )
    importer.add_argument("--from", dest="source_format", choices=("text", "html", "markdown"))
    importer.add_argument(
        "--fix-agencies",
        action="store_true",
        help="write picture agencies the house way (DepositPhotos -> Depositphotos); "
        "without it the summary lists the spellings it would change",
    )
    importer.add_argument(
        "--force",
        action="store_true",
        help="write into a folder that already holds files (an existing index.md is still "
        "never replaced)",
    )
    importer.add_argument(
        "--lang",
        default="",
        help="the article's language (en-GB) when the page does not say; default: the "
        "system's, as File > Import uses",
    )
    importer.set_defaults(handler=_import)

    from slidewright.publish.command import add_publish_parser  # argparse wiring only

    add_publish_parser(sub)
    from slidewright.library.command import add_audit_parser  # argparse wiring only

    add_audit_parser(sub)
    return parser


EXIT_BROKEN_PIPE = 141  # what a shell reports for a command ended by SIGPIPE


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's flush at exit cannot raise a second
    BrokenPipeError ("Exception ignored ...") after the reader went away."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # a stdout with no file behind it
        pass


EXIT_INTERRUPTED = 130  # what a shell reports for a command stopped by Ctrl+C (128 + SIGINT)


def _interrupted(args: argparse.Namespace) -> str:
    """What an interrupted command left: an export is written beside its target and swapped in
    whole (exporters/staging.py), so its target is as it was."""
    output = getattr(args, "output", None)
    if getattr(args, "handler", None) is _export and output is not None:
        return f"interrupted; {output} is as it was before this export"
    return "interrupted"


def _json_error(args: argparse.Namespace, error: SlidewrightError) -> None:
    """``check --format json``: the error as JSON on standard output too, so a program reading
    the report gets an object it can parse, not nothing ({"error": {...}}, exit status 2)."""
    if getattr(args, "format", None) != "json" or getattr(args, "handler", None) is not _check:
        return
    import json

    from slidewright.errors import FormatError
    from slidewright.terminal import json_for_terminal

    said: dict[str, object] = {"message": str(error)}
    if isinstance(error, FormatError):
        said.update(
            message=error.message,
            file=str(error.path) if error.path else None,
            line=error.line,
            column=error.column,
        )
    print(json_for_terminal(json.dumps({"error": said}, ensure_ascii=False, indent=2)))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "open")
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BrokenPipeError:  # `slidewright check --list-rules | head`: the reader has had enough
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:  # Ctrl+C: one line, not a traceback (children are reaped in finally)
        print(f"slidewright: {_interrupted(args)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except SlidewrightError as error:
        print(f"slidewright: {terminal_line(str(error))}", file=sys.stderr)
        _json_error(args, error)
        return 2
    except OSError as error:  # a disk full, a folder without write permission: still one line
        where = f"{error.filename}: " if error.filename else ""
        said = where + (error.strerror or str(error))
        print(f"slidewright: {terminal_line(said)}", file=sys.stderr)
        _json_error(args, SlidewrightError(said))
        return 2


if __name__ == "__main__":
    sys.exit(main())
