"""Editor's notes are never sent to WordPress, and publishing (which records the post in the
article's file) keeps them in the file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from wordpress_server import WordPressServer

from slidewright.fileformat import load_article, save_article
from slidewright.model.notes import Note, Reply
from slidewright.publish.publisher import PublishResult
from slidewright.publish.state import read_state

PLANTED = ("Kakaponote", "Kakaporeply", "Kakapoarticle")


def test_the_post_and_its_media_carry_no_note(
    site: WordPressServer, article_copy: Path, publish: Callable[..., PublishResult]
) -> None:
    article = load_article(article_copy)
    article.slides[0].notes = [
        Note(text=PLANTED[0], author="Ana", replies=[Reply(author="Ed", text=PLANTED[1])])
    ]
    article.notes = [Note(text=PLANTED[2], author="Ed")]
    save_article(article, article_copy)
    result = publish()
    post = site.get(f"/wp/v2/posts/{result.post}")
    state = read_state(load_article(article_copy))
    assert state is not None
    media = site.get("/wp/v2/media", include=",".join(map(str, state.media.values())))
    sent = json.dumps([post, media])
    assert article.slides[0].heading.split()[0] in sent
    assert not any(word in sent for word in PLANTED)
    kept = load_article(article_copy)  # the post id was recorded in the file: notes still there
    assert kept.slides[0].notes[0].replies[0].text == PLANTED[1]
    assert kept.notes[0].text == PLANTED[2]
