from home.sitemaps import FixedSitemap


class JoiningSitemap(FixedSitemap):
    """The ways in, in the sitemap: the free sample and the sponsored-seat request (robots.txt keeps crawlers out
    of /accounts/, joining included)."""

    url_names = ("sample:request", "seat:request")
