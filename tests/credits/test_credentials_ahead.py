"""Content Credentials validated ahead of the check, in a child forked at the command's start,
give the answers the check gives in line: a picture altered after signing is still invalid, a
signer in the trust list still trusted, an answer is used only for the bytes the checker itself
read, a child that dies changes nothing, and no process outlives the command.

Forking happens only in a process with one thread, and pytest has its timeout thread: every run
with a child is a fresh interpreter running a small script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("c2pa")
pytest.importorskip("cryptography")

from c2pafactory import write
from readahead_scripts import (
    LOGGED,
    PRELUDE,
    SIGNED,
    make_bundle,
    make_hostile,
    pictures,
    run_script,
    signers,
)
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


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The article above, and the trust list naming the desk's authority."""
    root = tmp_path_factory.mktemp("ahead")
    bundle = make_bundle(root / "article", pictures())
    make_hostile(bundle / "images")
    return bundle, write(root / "trust.pem", signers()[0].ca_pem)


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
    found = run_script(changed, own_article)
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
    found = run_script(dies, own_article)
    in_line = found["in line"]
    for run in (found["killed"], found["midway"]):
        assert run["findings"] == in_line["findings"]
        assert run["credentials"] == in_line["credentials"]
    assert found["midway"]["validated in line"] == SIGNED - 4  # p0, p1, p2, p4 came from it
    assert found["left"] is False


def test_a_picture_the_child_has_not_come_to_is_read_in_line_and_skipped_by_the_child(
    own_article: Path, tmp_path: Path
) -> None:
    ahead_of_the_child = (
        LOGGED
        + """
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
    )
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
    found = run_script(script, own_article)
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
import slidewright.fileformat.places
real_load = slidewright.fileformat.places.load_placed
slidewright.fileformat.places.load_placed = interrupt  # ^C before the check begins
before_the_check = interrupted_check()
slidewright.fileformat.places.load_placed = real_load
ahead.ReadAhead.take = interrupt  # ^C at the first signed picture
in_the_check = interrupted_check()
print(json.dumps({"check": after_check, "before": before_the_check, "in": in_the_check}))
"""
    found = run_script(command, own_article)
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
