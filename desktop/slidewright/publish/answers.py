"""Reading the site's answers: every id and address the publisher uses is checked to be what
WordPress sends (a positive whole number, a text), so a broken or hostile site gives the writer a
sentence naming the request and the field, never a traceback (``int(float('inf'))`` raised an
OverflowError) and never a wrong record in the article."""

from __future__ import annotations

from typing import Any

from slidewright.publish.errors import SiteAnswerError


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _field(answer: Any, key: str, site: str, where: str) -> Any:
    if not isinstance(answer, dict):
        raise SiteAnswerError(
            f"{site} answered {where} with {type(answer).__name__} instead of an object with "
            f"{key!r}; WordPress does not answer like that",
            200,
        )
    if key not in answer:
        raise SiteAnswerError(
            f"{site} answered {where} without {key!r}; WordPress does not answer like that", 200
        )
    return answer[key]


def answer_id(answer: Any, site: str, where: str, key: str = "id") -> int:
    """``answer[key]`` as a positive whole number, else a SiteAnswerError naming it."""
    value = _field(answer, key, site, where)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise SiteAnswerError(
            f"{site} answered {where} with {key} {_shown(value)}, not a positive whole "
            "number as WordPress gives",
            200,
        )
    return value


def answer_text(answer: Any, site: str, where: str, key: str) -> str:
    """``answer[key]`` as a text, else a SiteAnswerError naming it."""
    value = _field(answer, key, site, where)
    if not isinstance(value, str):
        raise SiteAnswerError(
            f"{site} answered {where} with {key} {_shown(value)}, not a text", 200
        )
    return value
