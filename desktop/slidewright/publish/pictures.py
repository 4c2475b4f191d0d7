"""What WordPress gets for each image: the same cleaned, credited picture every export publishes,
never the writer's file as it is.

A camera original carries its GPS position, serial numbers and owner; WordPress keeps the upload
as it came (its own resized copies lose the metadata, the "full size" file does not). So each
image is copied, rewritten by the one metadata policy (exporters/picturepolicy.py: its slide's
credit, creator, copyright, licence and alt text, and nothing private), and those bytes are what
is uploaded, in one ExifTool run for all images before anything is sent. When that cannot be
done (ExifTool missing), nothing is uploaded: publishing stops with a message."""

from __future__ import annotations

import tempfile
from pathlib import Path

from slidewright.fileformat.images import ImageProblem, bundle_image
from slidewright.fileformat.picturename import name_suffix
from slidewright.model import Article, Slide
from slidewright.provenance.signing import SigningIdentity
from slidewright.publish.errors import PublishError


def published_pictures(
    article: Article, bundle: Path, paths: list[str], signing: SigningIdentity | None = None
) -> dict[str, bytes]:
    """The bytes to upload for each image path (checked, cleaned and credited); PublishError
    naming the image or the problem, before anything is sent, when one cannot be made."""
    from slidewright.exporters.imagerights import credit_all
    from slidewright.publish.media import read_local_image

    slides: dict[str, Slide] = {}
    for slide in reversed(article.slides):  # an image on two slides: the first one's credits
        if slide.image:
            slides[slide.image] = slide
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="slidewright-upload-") as scratch:
        copies: dict[str, Path] = {}
        jobs: list[tuple[Path, Slide | None, Path | None]] = []
        for n, path in enumerate(paths):
            data = read_local_image(bundle, path)  # PublishError when it cannot be sent
            try:
                original: Path | None = bundle_image(bundle, path)
            except ImageProblem:
                original = None
            copy = Path(scratch) / f"{n}{name_suffix(path)}"
            copy.write_bytes(data)
            copies[path] = copy
            jobs.append((copy, slides.get(path), original))
        credit_all(jobs, failures.append, article.publish_location)
        if not failures:  # signed last: any later rewrite would break the signature
            from slidewright.exporters.credentials import sign_all

            sign_all(jobs, signing, failures.append)
        if failures:
            raise PublishError(
                "the images cannot be cleaned of their private metadata (GPS position, camera "
                f"serials, owner) before upload, so nothing was sent: {failures[0]}"
            )
        return {path: copy.read_bytes() for path, copy in copies.items()}
