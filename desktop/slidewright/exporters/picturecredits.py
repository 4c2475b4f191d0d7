"""The credits each published picture file carries, for exports that write many files per picture
(an HTML folder's renditions, a site's page bundle).

An image path is credited with the first slide that shows it (as the page's JSON-LD does); a
read-more thumbnail or a body's image belongs to no slide and keeps only its file's own rights
fields. Every file goes through the one metadata policy (picturepolicy.py): nothing private is
published, whichever picture it is. ``signature`` names what would be written, so a picture's
rendition already credited the same way can be taken from the rendition cache instead of running
ExifTool again (exporters/responsive.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from slidewright.exporters import imagerights
from slidewright.exporters.credentials import sign_all, signature_part
from slidewright.exporters.imagerights import DRAWINGS, rights_signature
from slidewright.exporters.images import bundle_file
from slidewright.exporters.options import ExportOptions
from slidewright.model import Article, Slide
from slidewright.urls import is_remote


class SlideCredits:
    """Writes the slide's credit, creator, copyright, licence and alt text into published files,
    and nothing else of the originals' metadata."""

    def __init__(self, article: Article, bundle: Path, options: ExportOptions) -> None:
        self.bundle = bundle
        self.options = options
        self.slides: dict[str, Slide] = {
            slide.image: slide
            for slide in reversed(article.slides)  # an image on two slides: the first one's
            if slide.image and not is_remote(slide.image)
        }
        self.location = article.publish_location  # the writer publishes picture locations
        self._signatures: dict[str, str | None] = {}

    def signature(self, path: str, suffix: str) -> str | None:
        """A short digest of what a file of ``path`` carries; None for a format that holds no
        metadata (SVG). A format the policy cannot clean gets one too: ``write`` then reports
        it, and it is not published as it came."""
        if suffix.lower() in DRAWINGS:
            return None
        if path not in self._signatures:
            original = bundle_file(self.bundle, path)
            text = rights_signature(self.slides.get(path), original, self.location)
            text += signature_part(self.options.signing)
            self._signatures[path] = hashlib.sha256(text.encode()).hexdigest()[:16]
        return self._signatures[path]

    def write(self, files: list[tuple[Path, str]]) -> set[Path]:
        """Credit every (written file, article image path) in one ExifTool run; a failure is the
        export's warning (or its refusal, --strict). The files that were not credited (empty
        when all were): only those, not their neighbours in the run, fall back."""
        jobs = [
            (file, self.slides.get(path), bundle_file(self.bundle, path)) for file, path in files
        ]
        failed = imagerights.credit_all(jobs, self.options.problem, self.location)
        if not failed:  # signed last: any later rewrite would break the signature
            signing: list[str] = []

            def problem(message: str) -> None:
                signing.append(message)
                self.options.problem(message)

            sign_all(jobs, self.options.signing, problem)
            if signing:
                return {file for file, _ in files}
        return failed
