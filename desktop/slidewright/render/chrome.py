"""What the live preview changes when the article's language changes: the page's ``lang`` and
``dir``, the words slideshow.js writes, and the controls and end card rendered in the new words
(the slides, header and read-more are pushed as after any other edit)."""

from __future__ import annotations

from typing import Any

from slidewright.model import Article
from slidewright.render.messages import page_language
from slidewright.render.page import article_messages, environment


def page_chrome(article: Article) -> dict[str, Any]:
    """The values ``slidewright.setLanguage`` (resources/js/preview.js) puts into the open page."""
    msg = article_messages(article)
    controls = environment().get_template("controls.html.j2")
    total = len(article.slides)
    return {
        "lang": page_language(article),
        "dir": msg.dir,
        "data": msg.script_data(),
        "controls": {
            place: controls.render(place=place, total=total, paging=None, msg=msg)
            for place in ("top", "end")
        },
        "endTitle": msg.end_title,
        "endLabel": msg.end_title,
        "backToFirst": msg.back_to_first,
    }
