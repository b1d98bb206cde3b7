from home.sitemaps import FixedSitemap


class ResourcesSitemap(FixedSitemap):
    """The help-resources directory and the card builder in the sitemap."""

    url_names = ("resources:directory", "resources:card")
