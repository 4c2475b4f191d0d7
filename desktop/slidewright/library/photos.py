"""Which pictures are the same photo: equal digests, or difference hashes a few bits apart.

Every copy of one photo (resized, re-encoded, re-saved with other metadata) gets the same
``photo`` key: the smallest digest among them. Near hashes are found without comparing every
pair: the 64 bits are cut into five bands, and two hashes at most four bits apart agree on at
least one whole band (pigeonhole), so only pictures sharing a band are compared.
"""

from __future__ import annotations

import sqlite3

from slidewright.library.pictures import hamming

MAX_DISTANCE = 4  # bits; re-encodes and resizes of one photo stay within it
# A flat picture (one colour, or a smooth gradient) hashes to all zeros or all ones: that says
# nothing about which photo it is, so such pictures are matched by digest only.
FLAT = frozenset({0, -1})
_BANDS = ((0, 13), (13, 26), (26, 39), (39, 52), (52, 64))


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def group(pictures: list[tuple[str, int | None]]) -> dict[str, str]:
    """digest -> photo key, for (digest, dhash) pairs."""
    parent = {digest: digest for digest, _ in pictures}
    by_value: dict[int, str] = {}  # one picture per distinct hash enters the bands
    for digest, value in pictures:
        if value is None or value in FLAT:
            continue
        first = by_value.setdefault(value, digest)
        if first != digest:
            a, b = _find(parent, first), _find(parent, digest)
            if a != b:
                parent[max(a, b)] = min(a, b)
    buckets: dict[tuple[int, int], list[tuple[str, int]]] = {}
    for value, digest in by_value.items():
        bits = value & ((1 << 64) - 1)
        for band, (low, high) in enumerate(_BANDS):
            key = (band, (bits >> low) & ((1 << (high - low)) - 1))
            for other, other_value in buckets.get(key, ()):
                if hamming(value, other_value) <= MAX_DISTANCE:
                    a, b = _find(parent, digest), _find(parent, other)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
            buckets.setdefault(key, []).append((digest, value))
    return {digest: _find(parent, digest) for digest in parent}


def regroup_photos(db: sqlite3.Connection) -> int:
    """Set every picture's ``photo`` key; returns how many changed."""
    rows = db.execute("SELECT digest, dhash, photo FROM pictures").fetchall()
    keys = group([(digest, value) for digest, value, _ in rows])
    changed = [(keys[digest], digest) for digest, _, photo in rows if keys[digest] != photo]
    db.executemany("UPDATE pictures SET photo = ? WHERE digest = ?", changed)
    return len(changed)
