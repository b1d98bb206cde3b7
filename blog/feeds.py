"""RSS 2.0 and Atom feeds of the blog and of its category and tag archives, and the podcast's feed.

Feed readers fetch anonymously, so a feed lists exactly what the blog index lists (`BlogIndexPage.posts()`: live,
public, unexpired). Each item carries the post's intro as its summary, or its whole body when editors tick
"full text" in the feeds settings (its links and pictures made absolute, for readers away from the site). The
podcast feed lists episodes with an uploaded recording, as podcast apps expect them: an <enclosure> (address,
length, type) and the iTunes tags.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.templatetags.static import static
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape

from home.links import absolute_links
from home.renditions import spec

FEED_LENGTH = 20
PODCAST_LENGTH = 300  # podcast apps list the whole back catalogue
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"


def start_of_day(day):
    """Midnight of a date; the syndication framework makes it aware in the site's time zone."""
    return datetime.datetime.combine(day, datetime.time())


def itunes_duration(duration):
    seconds = int(duration.total_seconds())
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class BlogRssFeed(Feed):
    """The newest posts of a blog, or of one of its archives, as RSS 2.0. Titles are escaped by Django."""

    feed_type = Rss201rev2Feed

    def __init__(self, blog, archive=None, feed_settings=None):
        super().__init__()
        self.blog = blog
        self.archive = archive
        self.full_text = bool(feed_settings and feed_settings.full_text_feeds)

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
        if self.full_text:
            posts = posts.defer(None)  # the body is the item's text
        if self.archive:
            posts = posts.filter(self.archive.posts_filter)
        return posts[:FEED_LENGTH]

    def item_description(self, post):
        if self.full_text:
            return absolute_links(str(post.body), post.url)  # rendered blocks: a post's body is public text
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


class PodcastRss(Rss201rev2Feed):
    """RSS 2.0 with the iTunes namespace: the channel's owner, cover, category and rating, each item's length."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        handler.startElement("image", {})
        handler.addQuickElement("url", feed["cover"])
        handler.addQuickElement("title", feed["title"])
        handler.addQuickElement("link", feed["link"])
        handler.endElement("image")
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        handler.addQuickElement("itunes:summary", feed["description"])
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", feed["owner_name"])
        handler.addQuickElement("itunes:email", feed["owner_email"])
        handler.endElement("itunes:owner")
        handler.addQuickElement("itunes:image", attrs={"href": feed["cover"]})
        category, subcategory = feed["itunes_category"].split("|")
        handler.startElement("itunes:category", {"text": category})
        handler.addQuickElement("itunes:category", attrs={"text": subcategory})
        handler.endElement("itunes:category")
        handler.addQuickElement("itunes:explicit", feed["explicit"])
        handler.addQuickElement("itunes:type", "episodic")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:duration", item["duration"])
        handler.addQuickElement("itunes:explicit", item["explicit"])
        handler.addQuickElement("itunes:episodeType", "full")
        handler.addQuickElement("itunes:summary", item["description"])


class PodcastFeed(Feed):
    """The podcast: every listed episode that has an uploaded recording, newest first."""

    feed_type = PodcastRss

    def __init__(self, blog, podcast):
        super().__init__()
        self.blog = blog
        self.podcast = podcast

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def title(self):
        return self.podcast.podcast_title

    def link(self):
        return self.blog.url

    def description(self):
        return self.podcast.podcast_description

    def cover_url(self):
        image = self.podcast.podcast_image
        path = image.get_rendition(spec("podcast_cover")).url if image else static("icons/icon-512.png")
        return self.request.build_absolute_uri(path)

    def feed_extra_kwargs(self, obj):
        return {
            "cover": self.cover_url(),
            "itunes_author": self.podcast.podcast_author,
            "owner_name": self.podcast.podcast_owner_name,
            "owner_email": self.podcast.podcast_owner_email,
            "itunes_category": self.podcast.podcast_category,
            "explicit": "true" if self.podcast.podcast_explicit else "false",
        }

    def items(self):
        return self.blog.episodes()[:PODCAST_LENGTH]

    def item_description(self, post):
        return post.intro  # plain text: podcast apps show it as written

    def item_link(self, post):
        return post.url

    def item_guid(self, post):
        return f"{settings.SITE_NAME}-episode-{post.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, post):
        return start_of_day(post.date)

    def item_author_name(self, post):
        return ", ".join(author.name for author in post.authors) or None

    def item_enclosures(self, post):
        audio = post.episode_audio
        size = audio.file_size or audio.file.size
        return [Enclosure(self.request.build_absolute_uri(audio.url), str(size), post.audio_type)]

    def item_extra_kwargs(self, post):
        return {
            "duration": itunes_duration(post.episode_duration),
            "explicit": "true" if self.podcast.podcast_explicit else "false",
        }
