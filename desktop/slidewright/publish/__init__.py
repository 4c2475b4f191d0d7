"""Publishing an article to a site: WordPress through its REST API (no Qt here).

``publisher.publish_article`` does the work; ``state`` keeps what was published in the article's
front matter (``wordpress:``) so that publishing again updates the same post and media;
``credentials`` keeps application passwords in the system keyring; ``command`` is the CLI's
``publish``. Nothing is imported here, so the CLI's parser can load ``command`` alone.
"""
