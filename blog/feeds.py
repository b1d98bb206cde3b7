"""RSS 2.0 and Atom feeds of the blog and of its category and tag archives.

Feed readers fetch anonymously, so a feed lists exactly what the blog index lists (`BlogIndexPage.posts()`: live,
public, unexpired) and carries each post's intro as its summary, never the body.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

FEED_LENGTH = 20


def start_of_day(day):
    """Midnight of a date; the syndication framework makes it aware in the site's time zone."""
    return datetime.datetime.combine(day, datetime.time())


class BlogRssFeed(Feed):
    """The newest posts of a blog, or of one of its archives, as RSS 2.0. Titles are escaped by Django."""

    feed_type = Rss201rev2Feed

    def __init__(self, blog, archive=None):
        super().__init__()
        self.blog = blog
        self.archive = archive

    def title(self):
        name = self.archive.heading if self.archive else self.blog.title
        return f"{name} · {settings.SITE_NAME}"

    def link(self):
        return self.blog.url + (self.archive.path if self.archive else "")

    def description(self):
        if self.archive:
            return self.archive.description
        return self.blog.get_meta_description() or f"New posts from {settings.SITE_NAME}."

    def items(self):
        posts = self.blog.posts()
        if self.archive:
            posts = posts.filter(self.archive.posts_filter)
        return posts[:FEED_LENGTH]

    def item_description(self, post):
        # Readers treat the summary as HTML: escaped, the plain-text intro shows exactly as written.
        return escape(post.intro)

    def item_link(self, post):
        return post.url

    def item_pubdate(self, post):
        return start_of_day(post.date)

    def item_updateddate(self, post):
        return start_of_day(post.updated or post.date)

    def item_author_name(self, post):
        return ", ".join(author.name for author in post.authors) or None

    def item_categories(self, post):
        return [category.name for category in post.categories.all()] + [tag.name for tag in post.tags.all()]


class BlogAtomFeed(BlogRssFeed):
    """The same feed as Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
