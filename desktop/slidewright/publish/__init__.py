"""Publishing an article to a site: WordPress through its REST API (no Qt here).

``publish_article`` does the work; ``state`` keeps what was published in the article's front
matter (``wordpress:``) so that publishing again updates the same post and media.
"""

from slidewright.publish.errors import PublishError
from slidewright.publish.options import PublishOptions
from slidewright.publish.publisher import PublishResult, publish_article
from slidewright.publish.state import PublishState

__all__ = ["PublishError", "PublishOptions", "PublishResult", "PublishState", "publish_article"]
