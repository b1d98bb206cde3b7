from home.sitemaps import FixedSitemap


class JoiningSitemap(FixedSitemap):
    """The ways in, in the sitemap: the free sample, the sponsored-seat request and joining."""

    url_names = ("sample:request", "seat:request", "accounts:join")
