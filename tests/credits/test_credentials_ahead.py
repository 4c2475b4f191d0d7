"""Content Credentials validated ahead of the check, in a child forked at the command's start,
give the answers the check gives in line: a picture altered after signing is still invalid, a
signer in the trust list still trusted, an answer is used only for the bytes the checker itself
read, a child that dies changes nothing, and no process outlives the command.

Forking happens only in a process with one thread, and pytest has its timeout thread: every run
with a child is a fresh interpreter running a small script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("c2pa")
pytest.importorskip("cryptography")

from c2pafactory import AI, CAPTURE, make_signer, manifest, picture_bytes, sign, tamper, write
from slidewright import load_article
from slidewright.cli import main
from slidewright.credits import ahead, check_article
from slidewright.credits.metadata import MetadataCache

# The real command in a fresh process, failing loudly if any signed picture is validated in line
# instead of in the child (which the parent always waits for here, however busy the machine).
IN_THE_CHILD_ONLY = """
import sys
from slidewright.credits import ahead_shared, metadata
ahead_shared._Claims.mark = lambda self, file, who: ahead_shared._CHILD
from slidewright.provenance import has_manifest
inline = metadata.read_credentials
def refuse(raw, image_format, trust=""):
    if has_manifest(raw):
        sys.exit("a signed picture was validated in line")
    return inline(raw, image_format, trust)
metadata.read_credentials = refuse
from slidewright.cli import main
sys.exit(main(sys.argv[1:]))
"""

# What the scripts below share: the check of the article in argv[1] with a read-ahead or in line,
# as findings, each picture's credentials and how many signed pictures were validated in line.
PRELUDE = """
import json, os, signal, sys
from pathlib import Path
from slidewright import load_article
from slidewright.credits import ahead, ahead_child, check_article, metadata
from slidewright.fileformat.images import bundle_image
from slidewright.provenance import has_manifest
bundle = Path(sys.argv[1])
inline = metadata.read_credentials
in_line = []
def counted(raw, image_format, trust=""):
    in_line.extend([1] if has_manifest(raw) else [])
    return inline(raw, image_format, trust)
metadata.read_credentials = counted
def check(reading=None):
    cache = metadata.MetadataCache()
    if reading is None:
        cache.read_ahead = lambda files: None  # truly in line: the checker forks nothing either
    cache.use_ahead(reading)
    in_line.clear()
    article = load_article(bundle)
    findings = [f.as_json() for f in check_article(article, bundle, cache)]
    credentials = {}
    for slide in article.slides:
        try:
            credentials[slide.image] = repr(cache.get(bundle_image(bundle, slide.image)).credentials)
        except Exception as error:
            credentials[slide.image] = type(error).__name__
    return {"findings": findings, "credentials": credentials, "validated in line": len(in_line)}
def start(children=1):
    ahead.child_count = lambda: children
    reading = ahead.start("")
    reading.send([slide.image for slide in load_article(bundle).slides], bundle)
    return reading
def children_left():
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:  # none running, none left unreaped
        return False
    return True
"""

# The scripts below log, to the file in argv[2], the name of each picture the child validates.
LOGGED = """
log = sys.argv[2]
validate = ahead_child._validate
def logged(file, trust_anchors):
    with open(log, "a") as out:
        out.write(Path(file).name + "\\n")
    return validate(file, trust_anchors)
ahead_child._validate = logged  # in the child forked next
"""

SIGNED = 10  # of the twelve pictures below (p3 and p7 are plain)


def _bundle(root: Path, pictures: list[tuple[str, bytes | None, str]]) -> Path:
    lines = ["---", "title: Ahead", "credit_label: Photo", "slides:"]
    for name, data, credit in pictures:
        if data is not None:
            write(root / "images" / name, data)
        lines += [f"- heading: Slide {name}", f"  image: images/{name}",
                  "  alt: A picture for the test", f"  credit: {credit}", "  body: Text."]  # fmt: skip
    (root / "index.md").write_text("\n".join([*lines, "---", ""]), encoding="utf-8")
    return root


def _pictures() -> list[tuple[str, bytes | None, str]]:
    """Twelve slides: signed by a trusted desk and by a stranger, AI-made, altered after
    signing, two plain photos; then a missing file, a FIFO and a file too large to read (neither
    may hold the child up)."""
    desk, stranger = _signers()
    pictures: list[tuple[str, bytes | None, str]] = []
    for number in range(12):
        raw = picture_bytes((320, 240), (number * 20, 90, 160))
        kind = number % 4
        if kind == 0:
            data = sign(desk, manifest(CAPTURE, authors=("Ana Silva",)), raw)
        elif kind == 1:
            data = sign(stranger, manifest(AI), raw)
        elif kind == 2:
            data = tamper(sign(desk, manifest(CAPTURE), raw))
        else:
            data = raw if number < 8 else sign(desk, manifest(CAPTURE), raw)
        pictures.append((f"p{number}.jpg", data, "Ana Silva/Reuters"))
    return [*pictures, *[(f"{name}.jpg", None, "Reuters") for name in ("gone", "fifo", "huge")]]


_SIGNERS: list[Any] = []


def _signers() -> tuple[Any, Any]:
    if not _SIGNERS:
        _SIGNERS.extend([make_signer("Wire Desk", "Reuters"), make_signer("Someone", "Else")])
    return _SIGNERS[0], _SIGNERS[1]


def _hostile(images: Path) -> None:
    os.mkfifo(images / "fifo.jpg")
    with open(images / "huge.jpg", "wb") as huge:
        huge.truncate(300 * 1024 * 1024)  # sparse: larger than any picture is read


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The article above, and the trust list naming the desk's authority."""
    root = tmp_path_factory.mktemp("ahead")
    bundle = _bundle(root / "article", _pictures())
    _hostile(bundle / "images")
    return bundle, write(root / "trust.pem", _signers()[0].ca_pem)


@pytest.fixture
def own_article(tmp_path: Path) -> Path:
    """The same article, for a test that changes its pictures."""
    bundle = _bundle(tmp_path / "article", _pictures())
    _hostile(bundle / "images")
    return bundle


def _script(code: str, bundle: Path) -> dict[str, Any]:
    run = subprocess.run(
        [sys.executable, "-c", PRELUDE + code, str(bundle)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])  # after the command's
    return result


def _report(out: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(out)
    return data


needs_a_spare_core = pytest.mark.skipif(
    ahead.child_count() < 1, reason="one core: the check validates in line"
)


@needs_a_spare_core
def test_the_command_validates_in_the_child_and_prints_what_the_check_in_line_prints(
    article: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, anchors = article
    command = ["check", str(bundle), "--format", "json", "--trust", str(anchors)]
    run = subprocess.run(
        [sys.executable, "-c", IN_THE_CHILD_ONLY, *command], capture_output=True, text=True
    )
    assert run.returncode in (0, 1), run.stderr  # 1: there are findings
    main(command)  # in this process (pytest's timeout thread): in line
    in_line = _report(capsys.readouterr().out)
    assert _report(run.stdout) == in_line
    states = {c["image"]: c["state"] for c in in_line["credentials"]}
    assert states["images/p0.jpg"] == "trusted"
    assert states["images/p1.jpg"] == "untrusted"
    assert states["images/p2.jpg"] == "invalid"  # altered after signing, still said plainly
    assert "images/p3.jpg" not in states  # a plain photo has none
    assert any(f["rule"] == "credentials-invalid" and f["slide"] == 3 for f in in_line["findings"])
    missing = {f["slide"] for f in in_line["findings"] if "gone.jpg" in json.dumps(f)}
    assert missing == {13}  # the missing picture is named, as in line


def test_pictures_changed_after_the_child_read_them_are_validated_again_in_line(
    own_article: Path,
) -> None:
    changed = """
reading = start(children=2)  # two children, each a share of the pictures
for pid in reading.pids:  # both have read and validated every picture, and exited
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
images = bundle / "images"
signed_p0, plain_p3 = (images / "p0.jpg").read_bytes(), (images / "p3.jpg").read_bytes()
(images / "p0.jpg").write_bytes(signed_p0 + b"altered after the child read it")
(images / "p3.jpg").write_bytes((images / "p4.jpg").read_bytes())  # now signed
(images / "p1.jpg").write_bytes(plain_p3)  # no longer signed
ahead_run = check(reading)
print(json.dumps({"ahead": ahead_run, "in line": check(), "left": children_left()}))
"""
    found = _script(changed, own_article)
    assert found["left"] is False
    in_line, early = found["in line"], found["ahead"]
    assert in_line["validated in line"] == SIGNED - 1  # p1 no longer signed, p3 is p4's copy
    assert {k: v for k, v in early.items() if k != "validated in line"} == {
        k: v for k, v in in_line.items() if k != "validated in line"
    }
    assert early["validated in line"] == 2  # p0 and p3: the child's answers held for the rest
    assert "invalid" in in_line["credentials"]["images/p0.jpg"]  # the altered bytes' answer


def test_a_child_that_dies_changes_no_finding_and_leaves_no_process(own_article: Path) -> None:
    dies = """
killed = start()
os.kill(killed.pids[0], signal.SIGKILL)  # before, while or after it validates: all alike
after_kill = check(killed)
validate = ahead_child._validate
def five_then_die(file, trust_anchors):
    if file.endswith("p5.jpg"):
        os.kill(os.getpid(), signal.SIGKILL)
    return validate(file, trust_anchors)
ahead_child._validate = five_then_die  # in the child forked next
midway = start()
pid = midway.pids[0]
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # dead after the fifth picture
after_five = check(midway)
print(json.dumps({"killed": after_kill, "midway": after_five, "in line": check(),
                  "left": children_left()}))
"""
    found = _script(dies, own_article)
    in_line = found["in line"]
    for run in (found["killed"], found["midway"]):
        assert run["findings"] == in_line["findings"]
        assert run["credentials"] == in_line["credentials"]
    assert found["midway"]["validated in line"] == SIGNED - 4  # p0, p1, p2, p4 came from it
    assert found["left"] is False


def test_a_picture_the_child_has_not_come_to_is_read_in_line_and_skipped_by_the_child(
    own_article: Path, tmp_path: Path
) -> None:
    ahead_of_the_child = LOGGED + """
ahead.child_count = lambda: 1
reading = ahead.start("")
images = bundle / "images"
first = images / "p0.jpg"
digest = hashlib.sha256(first.read_bytes()).hexdigest()
taken_first = reading.take(str(first), digest, "JPEG")  # the child has no orders yet
reading.send([slide.image for slide in load_article(bundle).slides], bundle)
os.waitid(os.P_PID, reading.pids[0], os.WEXITED | os.WNOWAIT)
second = images / "p1.jpg"
taken_second = reading.take(str(second), hashlib.sha256(second.read_bytes()).hexdigest(), "JPEG")
reading.close()
print(json.dumps({"first": repr(taken_first), "second": taken_second is not None,
                  "child": open(log).read().split(), "left": children_left()}))
"""
    run = subprocess.run(
        [sys.executable, "-c", PRELUDE + "import hashlib\n" + ahead_of_the_child,
         str(own_article), str(tmp_path / "child.log")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert found["first"] == "None"  # the parent validates it in line...
    assert "p0.jpg" not in found["child"]  # ...and the child does not do it again
    assert found["child"][:2] == ["p1.jpg", "p2.jpg"]
    assert found["second"] is True and found["left"] is False


def test_a_script_checking_an_article_reads_ahead_too_and_leaves_no_process(
    own_article: Path,
) -> None:
    script = """
late = metadata.MetadataCache()  # nothing started before the check: the checker forks
in_line.clear()
findings = [f.as_json() for f in check_article(load_article(bundle), bundle, late)]
print(json.dumps({"late": findings, "left": children_left(), "in line": check()}))
"""
    found = _script(script, own_article)
    assert found["late"] == found["in line"]["findings"]
    assert found["left"] is False


@needs_a_spare_core
def test_no_process_outlives_the_command_even_when_it_is_interrupted(own_article: Path) -> None:
    command = """
from slidewright.cli import main
started = []
real_start = ahead.start
ahead.start = lambda *args: started.append(real_start(*args)) or started[-1]
code = main(["check", str(bundle), "--format", "json"])
after_check = {"started": len(started), "pids": started[0].pids, "left": children_left()}
def interrupt(*args):
    raise KeyboardInterrupt
def interrupted_check():
    started.clear()
    code = main(["check", str(bundle)])  # ^C: one line and the shell's 130, no traceback
    return {"started": len(started), "left": children_left(), "code": code}
import slidewright.fileformat
real_load = slidewright.fileformat.load_article
slidewright.fileformat.load_article = interrupt  # ^C before the check begins
before_the_check = interrupted_check()
slidewright.fileformat.load_article = real_load
ahead.ReadAhead.take = interrupt  # ^C at the first signed picture
in_the_check = interrupted_check()
print(json.dumps({"check": after_check, "before": before_the_check, "in": in_the_check}))
"""
    found = _script(command, own_article)
    assert found["check"] == {"started": 1, "pids": [], "left": False}
    assert found["before"] == found["in"] == {"started": 1, "left": False, "code": 130}


def test_a_warm_check_starts_no_child_again(
    article: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    monkeypatch.setattr(ahead, "can_fork", lambda: True)
    monkeypatch.setattr(ahead, "start", lambda anchors: started.append(1))
    bundle, _ = article
    cache = MetadataCache()
    document = load_article(bundle)
    first = check_article(document, bundle, cache)
    assert started == [1]  # a script's check (export --strict) reads ahead too
    reads = cache.reads
    assert check_article(document, bundle, cache) == first
    assert started == [1] and cache.reads == reads


def test_the_child_begins_with_the_pictures_the_article_names_before_the_list_comes(
    own_article: Path, tmp_path: Path
) -> None:
    """Until the parent has read the article, the child validates what its ``image:`` lines
    name; the answers are used, and the check's findings are the in-line ones."""
    guessing = LOGGED + """
guess = ahead_child._guess_ahead
def guess_then_say_so(*args):
    early = guess(*args)
    with open(log, "a") as out:
        out.write("GUESSED\\n")
    return early
ahead_child._guess_ahead = guess_then_say_so
ahead.child_count = lambda: 1
reading = ahead.start("", bundle)  # the article, and no list yet
import time
child = reading.pids[0]
while "GUESSED" not in (open(log).read().split() if os.path.exists(log) else []):
    # Until the child is done guessing and waits for the list (a condition), or is gone.
    if os.waitid(os.P_PID, child, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
        break
    time.sleep(0.005)
guessed = [name for name in open(log).read().split() if name != "GUESSED"]
reading.send([slide.image for slide in load_article(bundle).slides], bundle)
ahead_run = check(reading)
print(json.dumps({"guessed": guessed, "ahead": ahead_run, "in line": check(),
                  "left": children_left()}))
"""
    run = subprocess.run(
        [sys.executable, "-c", PRELUDE + guessing, str(own_article), str(tmp_path / "c.log")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    # The pictures, in the article's order (the missing file, the FIFO and the enormous file are
    # refused as their paths are resolved, as the check refuses them).
    assert found["guessed"] == [f"p{n}.jpg" for n in range(12)]
    assert found["ahead"]["validated in line"] == 0  # every answer the child's, altered ones too
    ahead_run = {k: v for k, v in found["ahead"].items() if k != "validated in line"}
    assert ahead_run == {k: v for k, v in found["in line"].items() if k != "validated in line"}
    assert found["left"] is False


def test_a_wrong_guess_costs_nothing_but_time(tmp_path: Path) -> None:
    """Lines the pattern takes for images that are no slide's (in a body), quoted paths, a
    block scalar it cannot read: the check is the one in line all the same."""
    desk, _ = _signers()
    images = tmp_path / "article" / "images"
    for number in range(4):
        write(images / f"q{number}.jpg", sign(desk, manifest(CAPTURE), picture_bytes(
            (200, 150), (number * 40, 90, 160))))  # fmt: skip
    (tmp_path / "article" / "index.md").write_text(
        "---\ntitle: Guess\ncredit_label: Photo\nslides:\n"
        "- heading: One\n  image: 'images/q1.jpg'\n  credit: Ana Silva/Reuters\n"
        "  body: |\n    Not a slide's picture:\n    image: images/q3.jpg\n"
        '- heading: Two\n  image: "images/q0.jpg"\n  credit: Ana Silva/Reuters\n'
        "- heading: Three\n  image: >-\n    images/q2.jpg\n  credit: Ana Silva/Reuters\n---\n",
        encoding="utf-8",
    )
    bundle = tmp_path / "article"
    from slidewright.credits.ahead_child import guessed_pictures

    assert [Path(p).name for p in guessed_pictures(str(bundle))] == ["q1.jpg", "q3.jpg", "q0.jpg"]
    assert [Path(p).name for p in guessed_pictures(str(bundle / "index.md"))][:1] == ["q1.jpg"]
    script = """
ahead.child_count = lambda: 1
reading = ahead.start("", bundle)
import time
time.sleep(0.05)  # some time to guess, or none: the findings are the same either way
reading.send([slide.image for slide in load_article(bundle).slides], bundle)
print(json.dumps({"ahead": check(reading), "in line": check(), "left": children_left()}))
"""
    found = _script(script, bundle)
    assert found["ahead"]["findings"] == found["in line"]["findings"]
    assert found["ahead"]["credentials"] == found["in line"]["credentials"]
    assert "untrusted" in found["ahead"]["credentials"]["images/q2.jpg"]
    assert found["left"] is False


def test_nothing_is_guessed_from_what_is_not_an_article(tmp_path: Path) -> None:
    from slidewright.credits.ahead_child import guessed_pictures

    os.mkfifo(tmp_path / "index.md")  # would hold an open() forever
    assert list(guessed_pictures(str(tmp_path))) == []
    assert list(guessed_pictures(str(tmp_path / "nothing-here"))) == []
    assert list(guessed_pictures("")) == []


def test_the_child_imports_c2pa_whole_and_leaves_no_stand_in() -> None:
    """The child skips c2pa's version lookup (importlib.metadata) and nothing else: the reader
    still validates, and importlib.metadata is importable for real afterwards."""
    script = """
import sys
sys.modules.pop("importlib.metadata", None)
from slidewright.credits import ahead_child
ahead_child._import_c2pa()
import c2pa
left = "importlib.metadata" in sys.modules
from importlib.metadata import version
print(left, c2pa.__version__, version("c2pa-python") != "", hasattr(c2pa, "Reader"))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "unknown", "True", "True"]


def test_a_hostile_article_text_is_guessed_from_in_bounded_time(tmp_path: Path) -> None:
    """Pathological lines (a value of blanks, no end of line) cost the guess one pass."""
    from slidewright.credits.ahead_child import guessed_pictures

    (tmp_path / "index.md").write_text(
        "- image: a" + " " * 2_000_000 + "b\n" + "image:" + "\t" * 2_000_000, encoding="utf-8"
    )
    assert list(guessed_pictures(str(tmp_path))) == []  # neither names a file that is there
