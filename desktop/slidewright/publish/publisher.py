"""One publish, start to end: check the site and login, upload the images, set the terms, write
the post. Shared by ``slidewright publish`` and File ▸ Publish… (which runs it off the UI thread).

Order matters for a publish that stops half-way: images first, each recorded as soon as it is on
the site; then the post, whose id is recorded as soon as it exists. Whatever is recorded is reused
next time, so publishing again never makes a second post or a second copy of an image.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slidewright.fileformat import index_path
from slidewright.fileformat.bundle import local_images
from slidewright.i18n import QT_TRANSLATE_NOOP, counted, listing
from slidewright.model import Article
from slidewright.publish.answers import answer_id, answer_text
from slidewright.publish.client import WordPressClient
from slidewright.publish.content import ContentBuilder, Uploaded, body_images
from slidewright.publish.errors import (
    IncompletePublishError,
    PublishCancelled,
    PublishError,
    SiteAnswerError,
)
from slidewright.publish.media import MediaText, MediaUploader
from slidewright.publish.options import PublishOptions, normalise_site
from slidewright.publish.pictures import published_pictures
from slidewright.publish.state import PublishState, read_state, write_state
from slidewright.publish.terms import author_id, term_ids
from slidewright.render.inline import inline_text
from slidewright.render.views import credit_line
from slidewright.urls import without_passwords

Progress = Callable[[int, int, str], None]  # steps done, steps in all, what is happening
Record = Callable[[PublishState], None]  # save the state (the article file) now


@dataclass
class PublishResult:
    post: int
    link: str
    status: str
    uploaded: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """What was done, and the notes: English for the command line, a message the publish
        dialog says in the window's language."""
        images = counted(
            len(self.uploaded),
            QT_TRANSLATE_NOOP("PublishResult", "{count} image uploaded"),
            QT_TRANSLATE_NOOP("PublishResult", "{count} images uploaded"),
        ).format(count=len(self.uploaded))
        if self.reused:  # one or more: "1 unchanged" is English's singular, not French's
            images = counted(
                len(self.reused),
                QT_TRANSLATE_NOOP("PublishResult", "{uploaded}, 1 unchanged"),
                QT_TRANSLATE_NOOP("PublishResult", "{uploaded}, {count} unchanged"),
            ).format(uploaded=images, count=len(self.reused))
        line = QT_TRANSLATE_NOOP("PublishResult", "post {post} ({status}) at {link}: {images}.")
        done = line.format(post=self.post, status=self.status, link=self.link, images=images)
        return listing([done, *self.notes], " ")


def post_dates(article: Article, status: str) -> dict[str, str]:
    """The article's date as WordPress's ``date`` (site time) or ``date_gmt`` (a date-time with an
    offset); a PublishError when a scheduled post has no date in the future."""
    if not article.date:
        if status == "future":
            raise PublishError("scheduling (--status future) needs the article's date and time")
        return {}
    try:
        moment = datetime.datetime.fromisoformat(article.date.replace(" ", "T"))
    except ValueError:
        moment = datetime.datetime.combine(
            datetime.date.fromisoformat(article.date[:10]), datetime.time()
        )
    if moment.tzinfo is not None:
        utc = moment.astimezone(datetime.UTC)
        if status == "future" and utc <= datetime.datetime.now(datetime.UTC):
            raise PublishError(f"cannot schedule for {article.date}: that is not in the future")
        return {"date_gmt": utc.replace(tzinfo=None).isoformat(timespec="seconds")}
    if status == "future" and moment <= datetime.datetime.now():
        raise PublishError(f"cannot schedule for {article.date}: that is not in the future")
    return {"date": moment.isoformat(timespec="seconds")}


def _media_text(article: Article) -> dict[str, MediaText]:
    """What the media library should say about each image, from the first place it is used."""
    texts: dict[str, MediaText] = {}
    for slide in article.slides:
        credit = credit_line(article.credit_label, slide.credit)
        caption = " ".join(part for part in (inline_text(slide.caption), credit) if part)
        texts.setdefault(slide.image, MediaText(slide.alt, caption, slide.heading))
    for item in article.read_more.items if article.read_more else []:
        credit = credit_line(article.credit_label, item.credit)
        texts.setdefault(item.image, MediaText("", credit, item.title))
    return texts


def publish_article(
    article: Article,
    bundle: Path,
    options: PublishOptions,
    password: str,
    *,
    record: Record,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PublishResult:
    """Publish ``article`` (from ``bundle``) as ``options`` say. ``record`` is called with the
    state each time it changes (an image uploaded, the post made) and must save it; ``article``
    itself is updated too. Raises a PublishError subclass; IncompletePublishError when something
    was already uploaded."""
    site = normalise_site(options.site)
    state = read_state(article, index_path(bundle))
    notes: list[str] = []
    if state is None or state.site != site:
        if state is not None and state.site:
            before = QT_TRANSLATE_NOOP(
                "PublishResult", "(It was published to {site} before; that record is replaced.)"
            )
            notes.append(before.format(site=state.site))
        state = PublishState(site=site)
    dates = post_dates(article, options.status)
    images = list(dict.fromkeys([*local_images(article), *body_images(article)]))
    # every image readable, cleaned of private metadata and credited before anything is sent
    pictures = published_pictures(article, bundle, images, options.signing)

    def saved(changed: PublishState) -> None:
        write_state(article, changed)
        record(changed)

    steps = len(images) + 3
    done = 0

    def step(text: str) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise PublishCancelled("Publishing was cancelled.")
        if progress is not None:
            progress(done, steps, text)
        done += 1

    client = WordPressClient(site, options.user, password, options.timeout)
    uploader = MediaUploader(client, pictures, state, saved)
    try:
        step(f"Connecting to {site}…")
        client.request("GET", "/wp/v2/users/me", {"context": "edit"})  # a wrong login stops here
        texts = _media_text(article)  # images only in a body: named by their file
        media: dict[str, Uploaded] = {}
        for path in images:
            step(f"Image {path}…")
            text = texts.get(path) or MediaText("", "", Path(path).stem)
            media[path] = uploader.ensure(path, text)
        step("Categories and tags…")
        post: dict[str, Any] = {
            "title": without_passwords(article.title),  # (as the page: render/page.py)
            "excerpt": without_passwords(article.description),
            "status": options.status,
            "categories": term_ids(client, "categories", article.categories),
            "tags": term_ids(client, "tags", article.tags),
            **dates,
        }
        author = author_id(client, article.author)
        if author is not None:
            post["author"] = author
        first = article.slides[0].image if article.slides else ""
        post["featured_media"] = media[first].id if first in media else 0
        builder = ContentBuilder(article, media)
        post["content"] = without_passwords(
            builder.build(byline=article.author if author is None else "", paged=options.paged)
        )
        step("Writing the post…")
        answer = _write_post(client, state, post, notes)
        where = "POST /wp/v2/posts"
        post_id = answer_id(answer, client.site, where)
        link = answer_text(answer, client.site, where, "link") if "link" in answer else ""
        if state.post != post_id:
            state.post = post_id
            saved(state)
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:  # safety net: odd answers
        unexpected = SiteAnswerError(
            f"{site} answered in a way WordPress does not ({type(error).__name__}: {error}); "
            "is the address a WordPress site?",
            200,
        )
        if uploader.uploaded:
            raise IncompletePublishError(unexpected, uploader.uploaded) from error
        raise unexpected from error
    except PublishError as error:
        if uploader.uploaded and not isinstance(error, IncompletePublishError):
            raise IncompletePublishError(error, uploader.uploaded) from error
        raise
    unused = [key for key in state.media if key not in uploader.used]
    if unused:  # images no longer in the article: forget them (they stay in the media library)
        for key in unused:
            del state.media[key]
        saved(state)
    if progress is not None:
        progress(steps, steps, "Published.")
    return PublishResult(
        post=post_id,
        link=link,
        status=str(answer.get("status", options.status)),
        uploaded=uploader.uploaded,
        reused=uploader.reused,
        notes=notes,
    )


def _write_post(
    client: WordPressClient, state: PublishState, post: dict[str, Any], notes: list[str]
) -> Any:
    """Update the recorded post, or make a new one (also when the recorded one was deleted)."""
    if state.post is not None:
        try:
            return client.request("POST", f"/wp/v2/posts/{state.post}", body=post)
        except SiteAnswerError as error:
            if error.status not in (404, 410):
                raise
            deleted = QT_TRANSLATE_NOOP(
                "PublishResult", "(Post {post} was deleted on the site; a new post was made.)"
            )
            notes.append(deleted.format(post=state.post))
    return client.request("POST", "/wp/v2/posts", body=post)
