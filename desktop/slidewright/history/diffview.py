"""Two states of an article shown slide by slide, words added and removed marked, as HTML for
the History dialog's text browser (Qt's rich-text subset: inline styles, tables, no script)."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable

from slidewright.history.changes import (
    SlideChange,
    article_fields_changed,
    compare_slides,
)
from slidewright.i18n import QT_TRANSLATE_NOOP, Message, counted
from slidewright.model import ARTICLE_SPECS, SLIDE_FIELDS, Article, Slide
from slidewright.model.notes import Note

ADDED = "background:#c8f0c8;color:#0a3d0a"
REMOVED = "background:#f6c6c6;color:#5c0b0b;text-decoration:line-through"
# What the comparison is made of, from the largest piece to the smallest: lines (with the blank
# lines after them), sentences, then words, spaces and punctuation marks apart ("quiet." ->
# "quiet," marks the comma, not the word), and each character of a script written without
# spaces (Chinese, Japanese, Korean: "とても" inserted is three characters, not the sentence).
_LINES = re.compile(r"[^\n]*\n+|[^\n]+")
_SENTENCES = re.compile(r"[^.!?。！？]*[.!?。！？]+\s*|[^.!?。！？]+")
_TOKENS = re.compile(
    r"\s+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
    r"|\w+(?:['’-]\w+)*|[^\w\s]"
)
_LEVELS = (_LINES, _SENTENCES, _TOKENS)
# The most pieces one comparison weighs (old x new): Python's matcher takes time that grows
# with the product, and with the repeats ("the", spaces) a long text is full of: one 45,000-
# character body took 12 s. Lines are compared first, then the sentences of the lines that
# changed, then their words; a part still larger than this is shown removed and added whole.
MOST_PIECES = 1_000_000
RESTORE = "restore-slide:"  # the link that brings one slide back: restore-slide:<old position>
Say = Callable[[str], str]  # a core message in the reader's language (the window: translated)


def _english(text: str) -> str:
    return text


def word_diff(old: str, new: str) -> str:
    """``new`` as HTML with the words not in ``old`` marked added and those gone marked removed."""
    out: list[str] = []
    _compare(old, new, 0, out)
    return "".join(out).replace("\n", "<br>")


def _compare(old: str, new: str, level: int, out: list[str]) -> None:
    """Mark ``old`` -> ``new`` into ``out``, comparing pieces of ``_LEVELS[level]`` and the
    pieces that differ at the next level down."""
    a, b = _LEVELS[level].findall(old), _LEVELS[level].findall(new)
    if len(a) * len(b) > MOST_PIECES:
        _changed(old, new, out)
        return
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    words = level == len(_LEVELS) - 1
    if words and not any(tag == "equal" and _wordy(a[i1:i2]) for tag, i1, i2, _j1, _j2 in ops):
        _changed(old, new, out)  # only spaces and marks in common: a rewrite, shown whole
        return
    for tag, i1, i2, j1, j2 in ops:
        before, after = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            out.append(html.escape(before))
        elif before and after and level + 1 < len(_LEVELS):
            _compare(before, after, level + 1, out)
        else:
            _changed(before, after, out)


def _wordy(pieces: list[str]) -> bool:
    return any(char.isalnum() for piece in pieces for char in piece)


def _changed(before: str, after: str, out: list[str]) -> None:
    if before:
        out.append(f'<span style="{REMOVED}">{html.escape(before)}</span>')
    if after:
        out.append(f'<span style="{ADDED}">{html.escape(after)}</span>')


def _label(label: str, say: Say) -> str:
    """A field's label as the editor shows it (the editor's own translation, "FieldTexts"),
    without its mnemonic's ``&``."""
    return say(Message(label, "FieldTexts", label)).replace("&", "")


def _notes_text(notes: list[Note], say: Say = _english) -> str:
    someone = say(QT_TRANSLATE_NOOP("HistoryDiff", "Someone"))
    resolved = QT_TRANSLATE_NOOP("HistoryDiff", "{author} (resolved)")
    lines = []
    for note in notes:
        author = note.author or someone
        if note.resolved:
            author = say(resolved.format(author=author))
        lines.append(f"{author}: {note.text}")
        lines += [f"  ↳ {reply.author or someone}: {reply.text}" for reply in note.replies]
    return "\n".join(lines)


def _fields(old: Slide | None, new: Slide | None, say: Say = _english) -> str:
    rows = []
    for spec in SLIDE_FIELDS:
        before = "" if old is None else str(getattr(old, spec.name) or "")
        after = "" if new is None else str(getattr(new, spec.name) or "")
        if spec.kind == "flag":
            yes = say(QT_TRANSLATE_NOOP("HistoryDiff", "yes"))
            before = yes if old is not None and getattr(old, spec.name) else ""
            after = yes if new is not None and getattr(new, spec.name) else ""
        if not before and not after:
            continue
        rows.append((_label(spec.label, say), before, after))
    notes_before = _notes_text(old.notes, say) if old else ""
    notes_after = _notes_text(new.notes, say) if new else ""
    if notes_before or notes_after:
        rows.append((say(QT_TRANSLATE_NOOP("HistoryDiff", "Notes")), notes_before, notes_after))
    cells = "".join(
        f'<tr><td style="color:#666;padding-right:8px" valign="top">{html.escape(label)}</td>'
        f"<td>{word_diff(before, after)}</td></tr>"
        for label, before, after in rows
    )
    return f'<table cellspacing="2">{cells}</table>'


def _heading(
    change: SlideChange,
    old: list[Slide],
    new: list[Slide],
    words: dict[str, str],
    say: Say = _english,
) -> str:
    slide = new[change.new] if change.new is not None else old[change.old or 0]
    number = (change.new if change.new is not None else change.old or 0) + 1
    state = words.get(change.kind, change.kind)
    if change.moved:
        state = say(QT_TRANSLATE_NOOP("HistoryDiff", "{state}, moved").format(state=state))
    title = slide.heading or say(QT_TRANSLATE_NOOP("HistoryDiff", "(no heading)"))
    heading = QT_TRANSLATE_NOOP("HistoryDiff", "Slide {number}: {title}")
    text = html.escape(say(heading.format(number=number, title=title)))
    return f"<h3>{text} <small style='color:#666'>({html.escape(state)})</small></h3>"


def compare_html(
    older: Article,
    newer: Article,
    restore_from: str = "",
    changed_only: bool = True,
    words: dict[str, str] | None = None,
    say: Say = _english,
) -> str:
    """``older`` -> ``newer`` slide by slide. ``restore_from``: "older" or "newer" adds a
    'Restore this slide' link to each slide that differs, naming its position in that article.
    ``words``: how a slide's state is said ("added since"…), in the direction shown.
    ``say``: the reader's language for the page's own words (the window passes its
    translation; English otherwise)."""
    said = {
        "same": say(QT_TRANSLATE_NOOP("HistoryDiff", "unchanged")),
        "edited": say(QT_TRANSLATE_NOOP("HistoryDiff", "edited")),
        "added": say(QT_TRANSLATE_NOOP("HistoryDiff", "added")),
        "removed": say(QT_TRANSLATE_NOOP("HistoryDiff", "deleted")),
    }
    said |= words or {}
    parts = []
    fields = article_fields_changed(older, newer)
    if fields:
        article = html.escape(say(QT_TRANSLATE_NOOP("HistoryDiff", "Article")))
        parts.append(f"<h3>{article}</h3><table>")
        for name in fields:
            if name == "notes":
                before, after = _notes_text(older.notes, say), _notes_text(newer.notes, say)
                label = say(QT_TRANSLATE_NOOP("HistoryDiff", "Notes"))
            else:
                before, after = str(getattr(older, name) or ""), str(getattr(newer, name) or "")
                label = _label(ARTICLE_SPECS[name].label, say)
            parts.append(
                f'<tr><td style="color:#666;padding-right:8px" valign="top">{html.escape(label)}'
                f"</td><td>{word_diff(before, after)}</td></tr>"
            )
        parts.append("</table>")
    unchanged = 0
    for change in compare_slides(older.slides, newer.slides):
        if change.kind == "same" and not change.moved and changed_only:
            unchanged += 1
            continue
        parts.append(_heading(change, older.slides, newer.slides, said, say))
        position = change.old if restore_from == "older" else change.new
        if restore_from and position is not None and change.kind != "same":
            restore = html.escape(say(QT_TRANSLATE_NOOP("HistoryDiff", "Restore this slide")))
            parts.append(f'<p><a href="{RESTORE}{position}">{restore}</a></p>')
        old = older.slides[change.old] if change.old is not None else None
        new = newer.slides[change.new] if change.new is not None else None
        parts.append(_fields(old, new, say))
    if unchanged:
        line = counted(
            unchanged,
            QT_TRANSLATE_NOOP("HistoryDiff", "{count} slide unchanged.").format(count=unchanged),
            QT_TRANSLATE_NOOP("HistoryDiff", "{count} slides unchanged.").format(count=unchanged),
        )
        parts.append(f"<p style='color:#666'>{html.escape(say(line))}</p>")
    if len(parts) == (1 if unchanged else 0):
        same = html.escape(say(QT_TRANSLATE_NOOP("HistoryDiff", "The text is the same.")))
        parts.insert(0, f"<p>{same}</p>")
    return "".join(parts)
