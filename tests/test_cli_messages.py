"""What the command line says when a writer's command is not quite right: a missing folder, an
output name that implies no format, a non-empty import folder, a reader that stops early."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slidewright import save_article
from slidewright.cli import main
from slidewright.exportformats import FORMAT_DESCRIPTIONS
from slidewright.model import Article, Slide
from slidewright.publish.options import STATUSES


def text_article(folder: Path) -> Path:
    article = Article(title="Harbour walks", intro="Three short walks.")
    article.slides = [Slide(heading=f"Walk {n}", body=f"Paragraph {n}.") for n in (1, 2)]
    save_article(article, folder)
    return folder


class ClosedPipe(io.StringIO):
    """A stdout whose reader went away, as `| head` leaves it after ten lines."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_list_rules_into_a_closed_pipe_ends_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    code = main(["check", "--list-rules"])
    assert code == 141
    assert "Broken pipe" not in capsys.readouterr().err


def test_a_whole_process_writing_into_a_closed_pipe_prints_nothing_on_stderr() -> None:
    """As `slidewright check --list-rules | head` ends: no "Broken pipe", no "Exception ignored"
    from the interpreter's flush at exit."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before a line was written
    try:
        result = subprocess.run(
            [sys.executable, "-m", "slidewright", "check", "--list-rules"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 141


def test_list_rules_speaks_of_notes_like_the_problems_panel(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["check", "--list-rules"])
    editorial = next(
        line for line in capsys.readouterr().out.splitlines() if "editorial-only" in line
    )
    assert editorial.split()[1] == "note"


def test_check_of_a_missing_folder_says_it_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'nope'}: no such folder" in err
    assert "index.md" not in err
    assert main(["import", str(tmp_path / "page.txt"), "-o", str(tmp_path / "new")]) == 2
    assert f"{tmp_path / 'page.txt'}: no such file" in capsys.readouterr().err  # a file, named so


@pytest.mark.parametrize(
    ("name", "written"),
    [("page.html", "page.html"), ("feed.xml", "feed.xml"), ("site", "site/index.html")],
)
def test_export_without_to_takes_the_format_from_the_output_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, written: str
) -> None:
    bundle = text_article(tmp_path / "walks")
    args = ["export", str(bundle), "-o", str(tmp_path / name)]
    if name.endswith(".xml"):
        args += ["--base-url", "https://example.org/walks/"]
    assert main(args) == 0, capsys.readouterr().err
    out = (tmp_path / written).read_text(encoding="utf-8")
    assert "Walk 2" in out
    assert ("<rss" in out) == name.endswith(".xml")


def test_export_refuses_an_output_name_that_implies_no_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = text_article(tmp_path / "walks")
    assert main(["export", str(bundle), "-o", str(tmp_path / "walks.txt")]) == 2
    err = capsys.readouterr().err
    assert "walks.txt: cannot tell the export format" in err and "--to" in err
    assert not (tmp_path / "walks.txt").exists()


def test_export_help_describes_every_format_and_the_path(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for name, description in FORMAT_DESCRIPTIONS.items():
        assert f"{name} {description}" in text
    assert "path the article: its bundle folder or its index.md" in text


def test_publish_help_explains_every_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["publish", "--help"])
    out = capsys.readouterr().out
    listed = out.split("statuses (--status):")[1].splitlines()[1:]
    assert [line.split()[0] for line in listed] == list(STATUSES)
    assert all(len(line.split()) > 4 for line in listed)  # a sentence, not the bare name
    assert "pending  waiting for an editor's review" in out


def test_import_refuses_a_folder_holding_files_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "page.txt"
    source.write_text("Harbour walks\n\nThree short walks.\n\n1. Walk one\n\nFirst.\n")
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "quay.jpg").write_bytes(b"not really a photo")
    assert main(["import", str(source), "-o", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"slidewright: {folder}: the folder is not empty (it holds quay.jpg)")
    assert err.count(str(folder)) == 1
    assert "--force" in err
    assert not (folder / "index.md").exists()

    assert main(["import", str(source), "-o", str(folder), "--force"]) == 0
    assert (folder / "index.md").is_file()
    assert (folder / "quay.jpg").read_bytes() == b"not really a photo"


def test_import_into_an_empty_folder_is_fine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "page.txt"
    source.write_text("Harbour walks\n\nThree short walks.\n\n1. Walk one\n\nFirst.\n")
    (tmp_path / "new").mkdir()
    assert main(["import", str(source), "-o", str(tmp_path / "new")]) == 0
    assert (tmp_path / "new" / "index.md").is_file()


def test_import_writes_the_article_language_as_the_window_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`import` names the article's language like File > Import: given, or the system's."""
    from slidewright import load_article

    source = tmp_path / "page.txt"
    source.write_text(
        "Ten Bridges at Dusk\n\nA short walk along the river.\n\n1. The Iron Bridge\n"
        "Credit: Ana Ruiz/Shutterstock\nRivets and rust in the last light.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert main(["import", str(source), "-o", str(tmp_path / "a")]) == 0
    assert load_article(tmp_path / "a").lang == "de-DE"
    assert main(["import", str(source), "-o", str(tmp_path / "b"), "--lang", "en-GB"]) == 0
    assert load_article(tmp_path / "b").lang == "en-GB"


def _signal_state() -> list[str]:
    """This process's blocked and ignored signals, for a failure's message."""
    with open("/proc/thread-self/status", encoding="ascii") as status:
        return [line.strip() for line in status if line.startswith(("SigBlk", "SigIgn"))]


def test_ctrl_c_ends_a_command_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    """A real SIGINT in the middle of `slidewright check` (sent by the process to itself while it
    reads the article, so it lands at a known point): the shell's 130 and one line."""
    bundle = text_article(tmp_path / "walks")
    # As a terminal's Ctrl+C finds it, whatever this worker's tests left behind: SIGINT handled
    # by Python and not blocked (both are inherited through exec; a check that ran to its end with
    # code 1 and no line was seen once in a full run)
    script = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])
import slidewright.fileformat.places as places
read = places.load_placed
def interrupted(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)
    return read(*args, **kwargs)
places.load_placed = interrupted
from slidewright.cli import main
sys.exit(main(sys.argv[1:]))
"""
    run = subprocess.run(
        [sys.executable, "-c", script, "check", str(bundle)], capture_output=True, text=True
    )
    assert run.returncode == 130, (run.stdout, _signal_state())
    assert run.stderr == "slidewright: interrupted\n"


def test_an_interrupted_folder_export_says_the_folder_is_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = text_article(tmp_path / "walks")

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    import slidewright.exporters

    monkeypatch.setattr(slidewright.exporters, "export", interrupt)
    site = tmp_path / "site"
    assert main(["export", str(bundle), "--to", "html-folder", "-o", str(site)]) == 130
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and f"{site} is as it was before this export" in said


@pytest.mark.parametrize("option", ["--trust", "--c2pa-cert", "--c2pa-key"])
def test_a_pipe_or_a_device_given_as_a_certificate_is_refused_unread(
    tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A FIFO would hold the command for ever (open waits for a writer) and /dev/zero would fill
    the memory: both are named and refused at once."""
    bundle = text_article(tmp_path / "walks")
    fifo = tmp_path / "chain.pem"
    os.mkfifo(fifo)
    pytest.importorskip("cryptography")
    from c2pafactory import make_signer

    signer = make_signer()  # the other file of the pair is a good one
    good = tmp_path / ("key.pem" if option == "--c2pa-cert" else "good-chain.pem")
    good.write_bytes(signer.key_pem if option == "--c2pa-cert" else signer.chain_pem)
    for bad in (fifo, Path("/dev/zero")):
        if option == "--trust":
            command = ["check", str(bundle), "--trust", str(bad)]
        else:
            other = "--c2pa-key" if option == "--c2pa-cert" else "--c2pa-cert"
            command = ["export", str(bundle), "--to", "html", "-o", str(tmp_path / "p.html"),
                       option, str(bad), other, str(good)]  # fmt: skip
        assert main(command) == 2
        said = capsys.readouterr().err
        assert str(bad) in said and ("pipe" in said or "device" in said), said


def test_check_as_json_reports_an_unreadable_article_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A program reading `check --format json` gets an object it can parse, with the file, line
    and column, not an empty output (the one-line message still goes to stderr)."""
    import json

    bundle = tmp_path / "walks"
    bundle.mkdir()
    (bundle / "index.md").write_text('---\ntitle: "bad \\q"\n---\n', encoding="utf-8")
    assert main(["check", str(bundle), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    error = json.loads(out)["error"]
    assert error["file"] == str(bundle / "index.md") and error["line"] == 2
    assert "escape" in error["message"] and err.startswith("slidewright: ")
    assert main(["check", str(tmp_path / "gone"), "--format", "json"]) == 2
    assert "does not exist" in json.loads(capsys.readouterr().out)["error"]["message"]
    assert main(["check", str(bundle)]) == 2  # text: nothing on standard output
    assert capsys.readouterr().out == ""
