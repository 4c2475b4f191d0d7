"""What the soak benchmark measures: memory of this process and of QtWebEngine's helpers,
references to None/True/False (and how many Python objects really hold), object counts by type,
and the allocation sites that grew. Kept apart from the scripted writer in soak.py."""

from __future__ import annotations

import collections
import gc
import os
import resource
import sys
import time
import tracemalloc


def _status(pid: int | str = "self") -> dict[str, int]:
    """VmRSS/VmHWM (kB) and the parent pid from /proc/PID/status."""
    values: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM", "RssAnon", "PPid"):
                    values[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return values


def helper_rss_mb() -> float:
    """Resident memory of the process's descendants (QtWebEngineProcess renderer, GPU, zygote)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            ppid = _status(entry).get("PPid")
            if ppid is not None:
                parents[int(entry)] = ppid
    mine, grew = {os.getpid()}, True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                grew = True
    mine.discard(os.getpid())
    return sum(_status(pid).get("VmRSS", 0) for pid in mine) / 1024


def type_counts() -> collections.Counter:
    gc.collect()
    return collections.Counter(type(o).__qualname__ for o in gc.get_objects())


def _len(obj: object, *names: str) -> int | None:
    for name in names:
        obj = getattr(obj, name, None)
        if obj is None:
            return None
    try:
        return len(obj)  # type: ignore[arg-type]
    except TypeError:
        return None


def nones_held() -> int:
    """References to None held by gc-tracked containers (and the untracked tuples they hold):
    what ``sys.getrefcount(None)`` counts beyond this is held by nothing Python can see."""
    held = 0
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            if ref is None:
                held += 1
            elif type(ref) is tuple and not gc.is_tracked(ref):
                held += sum(1 for item in ref if item is None)
    return held


def sample(window: object, started: float, keys: int) -> dict:
    gc.collect()  # reference counts without the garbage that has not been collected yet
    status = _status()
    doc = window.doc
    return {
        "t_s": round(time.monotonic() - started, 1),
        "keys": keys,
        "rss_mb": status.get("VmRSS", 0) / 1024,
        # anonymous memory only (heap): the part a leak grows; file-backed pages (the mapped Qt
        # libraries) come and go as the kernel reclaims them, most of all on a busy machine
        "rss_anon_mb": status.get("RssAnon", 0) / 1024,
        "hwm_mb": status.get("VmHWM", 0) / 1024,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "helpers_rss_mb": helper_rss_mb(),
        "ref_none": sys.getrefcount(None),
        "none_held_by_objects": nones_held(),
        "ref_true": sys.getrefcount(True),
        "ref_false": sys.getrefcount(False),
        "gc_objects": len(gc.get_objects()),
        "traced_mb": tracemalloc.get_traced_memory()[0] / 2**20
        if tracemalloc.is_tracing()
        else None,
        "slides": len(doc.article.slides) if doc is not None else None,
        "undo_commands": doc.undo_stack.count() if doc is not None else None,
        "preview_cache": _len(window, "preview", "_cache"),
        "thumbnail_cache": _len(window, "thumbnails", "_cache"),
    }


# -- writing -------------------------------------------------------------------------------------


def top(counter: collections.Counter, limit: int = 15) -> list[tuple[str, int]]:
    return [(name, n) for name, n in counter.most_common(limit) if n > 0]


def tracemalloc_growers(
    first: tracemalloc.Snapshot, last: tracemalloc.Snapshot, limit: int = 15
) -> list[dict]:
    ignore = (
        tracemalloc.Filter(False, tracemalloc.__file__),
        tracemalloc.Filter(False, "<frozen *>"),
        tracemalloc.Filter(False, __file__),  # the soak's own samples
    )
    stats = last.filter_traces(ignore).compare_to(first.filter_traces(ignore), "lineno")
    return [
        {
            "site": f"{s.traceback[0].filename}:{s.traceback[0].lineno}",
            "size_diff_kb": round(s.size_diff / 1024, 1),
            "count_diff": s.count_diff,
        }
        for s in sorted(stats, key=lambda s: s.size_diff, reverse=True)[:limit]
        if s.size_diff > 0
    ]


def per_1000(first: dict, last: dict, key: str) -> float | None:
    keys = last["keys"] - first["keys"]
    return (last[key] - first[key]) * 1000 / keys if keys else None
