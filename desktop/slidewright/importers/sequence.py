"""The most likely sequence of roles for a page's lines: a Viterbi decoder, and forward-backward
for how sure it is of each line.

Scores are natural-log weights: each line's *emission* (how much its own shape and its neighbours
look like each role) plus a *transition* from the previous line's role (the page's structure:
"heading, then credit, then body"). Impossible choices are simply absent, so each step only
looks at the transitions a role allows - a page of n lines costs O(n x allowed transitions).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

NEG = -math.inf


@dataclass(frozen=True)
class Model:
    """Allowed transitions with their log weights; ``start`` and ``end`` are the page's edges."""

    start: Mapping[str, float]
    moves: Mapping[str, Mapping[str, float]]  # from role -> {to role: weight}
    end: Mapping[str, float]


@dataclass(frozen=True)
class Decoded:
    roles: list[str]
    score: float  # the best sequence's total log weight (NEG when no sequence is possible)


def _incoming(model: Model) -> dict[str, list[tuple[str, float]]]:
    into: dict[str, list[tuple[str, float]]] = {}
    for source, targets in model.moves.items():
        for target, weight in targets.items():
            into.setdefault(target, []).append((source, weight))
    return into


def viterbi(emissions: Sequence[Mapping[str, float]], model: Model) -> Decoded:
    """The best role for every line. ``emissions[i]`` holds only the roles line i may take."""
    if not emissions:
        return Decoded([], 0.0)
    into = _incoming(model)
    best = {r: w + model.start[r] for r, w in emissions[0].items() if r in model.start}
    back: list[dict[str, str]] = []
    for scores in emissions[1:]:
        step: dict[str, float] = {}
        came: dict[str, str] = {}
        for role, weight in scores.items():
            top, source = NEG, ""
            for prev, move in into.get(role, ()):
                value = best.get(prev)
                if value is not None and value + move > top:
                    top, source = value + move, prev
            if source:
                step[role], came[role] = top + weight, source
        best = step
        back.append(came)
    final = {r: v + model.end[r] for r, v in best.items() if r in model.end}
    if not final:
        return Decoded([], NEG)
    role = max(final, key=final.__getitem__)
    score = final[role]
    roles = [role]
    for came in reversed(back):
        role = came[role]
        roles.append(role)
    roles.reverse()
    return Decoded(roles, score)


def _logsumexp(values: list[float]) -> float:
    top = max(values, default=NEG)
    if top == NEG:
        return NEG
    return top + math.log(sum(math.exp(v - top) for v in values))


def posteriors(emissions: Sequence[Mapping[str, float]], model: Model) -> list[dict[str, float]]:
    """For every line, the probability of each role over all sequences (forward-backward)."""
    if not emissions:
        return []
    into = _incoming(model)
    forward = [{r: w + model.start[r] for r, w in emissions[0].items() if r in model.start}]
    for scores in emissions[1:]:
        prev = forward[-1]
        forward.append(
            {
                role: weight + _logsumexp([prev[p] + m for p, m in into.get(role, ()) if p in prev])
                for role, weight in scores.items()
            }
        )
    backward: list[dict[str, float]] = [{r: model.end.get(r, NEG) for r in emissions[-1]}]
    for i in range(len(emissions) - 2, -1, -1):
        after, scores = backward[-1], emissions[i + 1]
        backward.append(
            {
                role: _logsumexp(
                    [
                        move + scores[target] + after[target]
                        for target, move in model.moves.get(role, {}).items()
                        if target in scores
                    ]
                )
                for role in emissions[i]
            }
        )
    backward.reverse()
    total = _logsumexp([forward[-1][r] + backward[-1][r] for r in forward[-1]])
    out = []
    for fwd, bwd in zip(forward, backward, strict=True):
        out.append(
            {
                r: math.exp(fwd[r] + bwd[r] - total) if total > NEG else 0.0
                for r in fwd
                if fwd[r] + bwd[r] > NEG
            }
        )
    return out
