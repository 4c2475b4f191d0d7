"""Messages the core writes in English and the window shows in the writer's language.

The core never imports Qt, and the CLI and JSON outputs print English (scripts match it), so a
message stays a plain English ``str``. A :class:`Message` is that string with what the window
needs to say it in another language: Qt's translation context, the English template and the
values put into it. The window translates the template (``QCoreApplication.translate(context,
template)``) and fills in the values, themselves translated when they are messages too; every
other reader of the string sees the English and nothing else::

    QT_TRANSLATE_NOOP("RulesCredit", 'the file says {says}; the credit says {typed}').format(
        says=evidence.quoted, typed=credit
    )

The marker is named ``QT_TRANSLATE_NOOP`` and takes exactly two string literals because that is
what ``pyside6-lupdate`` extracts from Python (it skips a call with any further argument), so a
core module's messages go into a ``.ts`` file with the same command as the window's own
strings. The ``rules`` area's sources are :func:`rules_sources` (the Problems panel and every
core module using the marker): ``pyside6-lupdate <those files> -no-obsolete -ts
resources/i18n/window/rules_<lang>.ts``, then ``pyside6-lrelease`` to the ``.qm`` beside it.
Placeholders are named (``{says}``), so a translation may put them in another order. Qt's plural
forms are not extracted from such a call: a count-dependent message is two messages, the
singular and the plural (:func:`counted`). The English text takes the English rule (the
singular for 1 only); the window takes its language's (French says "0 jour", German "0 Tage"),
which is why the message keeps the count and both templates.

Any ``str`` operation other than :meth:`Message.format` (concatenation, an f-string) gives a
plain ``str``, which the window shows as it is: in English. Build a sentence around a message
with another message whose placeholder holds it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

Translate = Callable[[str, str], str]  # (context, English template) -> the template translated
Singular = Callable[[int], bool]  # a language's rule: does this count take the singular?
Plural = tuple[int, str, str]  # (count, singular template, plural template)


class Message(str):
    """English text that remembers its context, its template and the values in it."""

    context: str
    template: str
    values: Mapping[str, object]
    plural: Plural | None  # a count's message: the count and both English templates

    def __new__(
        cls,
        text: str,
        context: str,
        template: str,
        values: Mapping[str, object] | None = None,
        plural: Plural | None = None,
    ) -> Message:
        message = super().__new__(cls, text)
        message.context, message.template = context, template
        message.values = dict(values or {})
        message.plural = plural
        return message

    def format(self, *args: object, **values: Any) -> Message:
        """The template filled in, in English, still translatable. Named placeholders only: a
        translation may reorder them, which positional ones would not survive."""
        if args:
            raise TypeError("a translatable message takes named values only")
        return Message(
            self.template.format(**values), self.context, self.template, values, self.plural
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Findings travel to worker processes and back (library indexing): keep what they carry.
        return (Message, (str(self), self.context, self.template, self.values, self.plural))

    def __deepcopy__(self, memo: dict[int, object]) -> Message:
        return self  # immutable, like the str it is

    def __copy__(self) -> Message:
        return self


def QT_TRANSLATE_NOOP(context: str, template: str) -> Message:  # lupdate's name for it
    """Mark ``template`` for translation in ``context``; it reads as the English template."""
    return Message(template, context, template)


def english_singular(count: int) -> bool:
    """English (and German) say the singular for one only: "0 days", "1 day", "2 days"."""
    return count == 1


def counted(count: int, one: Message, other: Message) -> Message:
    """``one`` for a count of one, ``other`` for any other count, as English chooses; each is
    its own message to translate (lupdate takes no plural forms from a Python marker). The
    message remembers the count and both, so :func:`translated` chooses again by the rule of
    the language it says it in."""
    if one.context != other.context:
        raise ValueError("the singular and the plural of a message share its context")
    chosen = one if english_singular(count) else other
    plural = (count, one.template, other.template)
    return Message(str(chosen), chosen.context, chosen.template, chosen.values, plural)


def listing(items: Sequence[str], separator: str = ", ") -> Message:
    """``items`` one after another, each translated where it is a message (the separator is
    the same in the languages the window speaks, and is not asked of a translator)."""
    names = [f"item{i}" for i in range(len(items))]
    template = separator.join(f"{{{name}}}" for name in names)
    return Message(separator.join(items), "", template, dict(zip(names, items, strict=True)))


def message_data(text: str) -> object:
    """``text`` as JSON data that :func:`message_from_data` makes a :class:`Message` of again
    (findings kept in a cache are shown in the window's language when read back)."""
    if not isinstance(text, Message):
        return str(text)
    values = {
        name: message_data(value) if isinstance(value, str) else value
        for name, value in text.values.items()
    }
    data: dict[str, object] = {
        "text": str(text),
        "context": text.context,
        "template": text.template,
        "values": values,
    }
    if text.plural is not None:
        data["plural"] = list(text.plural)
    return data


def message_from_data(data: object) -> str:
    """The message :func:`message_data` wrote; a plain string stays one. Anything else is
    refused with ValueError (kept data of another version: the caller computes it again)."""
    if isinstance(data, str):
        return data
    if not isinstance(data, dict) or not isinstance(data.get("values"), dict):
        raise ValueError(f"not a message: {data!r}")
    text, context, template = data.get("text"), data.get("context"), data.get("template")
    if not (isinstance(text, str) and isinstance(context, str) and isinstance(template, str)):
        raise ValueError(f"not a message: {data!r}")
    values = {
        str(name): message_from_data(value) if isinstance(value, str | dict) else value
        for name, value in data["values"].items()
    }
    plural = data.get("plural")
    if plural is None:
        return Message(text, context, template, values)
    match plural:
        case [int(count), str(one), str(other)]:
            return Message(text, context, template, values, (count, one, other))
    raise ValueError(f"not a message: {data!r}")


def translated(
    text: str,
    translate: Translate,
    singular: Singular = english_singular,
    shown: Callable[[str], str] | None = None,
) -> str:
    """``text`` in the language ``translate`` knows: a :class:`Message` is translated, with the
    messages among its values; anything else (user text, a number) is returned as it is.
    ``singular`` is that language's plural rule, for a message made by :func:`counted`.
    ``shown`` is applied to each plain-text value put into a message (not to the message's own
    words): the window keeps a date or a path left to right inside a right-to-left sentence with
    it; everyone else (the CLI, the JSON output, anything saved) passes none and gets the values
    exactly as they are.

    A translation that names a placeholder the message does not have, or is otherwise not a
    format string, is not used: the English is shown rather than nothing."""
    if not isinstance(text, Message):
        return text
    values = {
        name: _value(value, translate, singular, shown) for name, value in text.values.items()
    }
    english = text.template
    if text.plural is not None:
        count, one, other = text.plural
        english = one if singular(count) else other
    template = (translate(text.context, english) if text.context else "") or english
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return english.format(**values)


def _value(
    value: object, translate: Translate, singular: Singular, shown: Callable[[str], str] | None
) -> object:
    if isinstance(value, Message):
        return translated(value, translate, singular, shown)
    if shown is not None and isinstance(value, str):
        return shown(value)
    return value  # a count keeps its type: a template may format it ("{count:,}")


def marked_modules(package: Path) -> list[Path]:
    """The core's modules (``package`` is ``desktop/slidewright``) with messages marked for
    translation: found by their marker, so a module that starts using one is extracted too."""
    return sorted(
        path
        for path in package.rglob("*.py")
        if path.relative_to(package).parts[0] != "ui"
        and path.name != "i18n.py"
        and "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")
    )


def rules_sources(package: Path) -> list[Path]:
    """What ``pyside6-lupdate`` reads for the window's ``rules`` translations
    (resources/i18n/window/rules_<lang>.ts): the Problems panel and the core's messages."""
    return sorted((package / "ui" / "problems").glob("*.py")) + marked_modules(package)
