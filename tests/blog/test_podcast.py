"""Podcast episodes: a duration instead of the reading time, a player, and a podcast feed podcast apps accept
(enclosure with length and type, iTunes duration, image, explicit, category and owner)."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import Site

from blog.feed_settings import BlogFeedSettings
from blog.models import BlogPostPage
from tests.factories.blog import EPISODE_AUDIO, BlogPostPageFactory, episode_recording, silent_recording

pytestmark = pytest.mark.django_db

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"


@pytest.fixture
def episode(blog, author):
    return BlogPostPageFactory(
        parent=blog,
        title="Podcast, episode 3: holidays",
        slug="podcast-holidays",
        date=datetime.date(2026, 11, 20),
        intro="How to plan the holidays when someone you love drinks.",
        episode_audio=episode_recording(),
        episode_duration=datetime.timedelta(minutes=24, seconds=10),
        authors=[author],
    )


def test_an_episode_shows_its_duration_and_a_player(client, episode):
    html = client.get(episode.url).content.decode()
    assert "24 min listen" in html and "min read" not in html
    assert f'<audio controls preload="none" src="{episode.episode_audio.url}"' in html


def test_an_ordinary_post_shows_its_reading_time(client, blog):
    post = BlogPostPageFactory(parent=blog)
    assert "1 min read" in client.get(post.url).content.decode()


def test_the_podcast_feed_is_what_podcast_apps_expect(client, episode, blog):
    BlogPostPageFactory(parent=blog, title="Not an episode")
    response = client.get("/blog/podcast/feed/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(response.content)  # noqa: S314 (our own response)
    channel = rss.find("channel")
    assert channel.findtext("title") == "Steady Ground podcast"
    assert channel.findtext("language") == "en-us"
    assert channel.find(f"{ITUNES}image").get("href").startswith("http://testserver/")
    assert channel.find("image/url").text == channel.find(f"{ITUNES}image").get("href")
    assert channel.findtext(f"{ITUNES}explicit") == "false"
    category = channel.find(f"{ITUNES}category")
    assert category.get("text") == "Health & Fitness"
    assert category.find(f"{ITUNES}category").get("text") == "Mental Health"
    assert channel.findtext(f"{ITUNES}owner/{ITUNES}email") == "podcast@example.org"
    assert channel.findtext(f"{ITUNES}owner/{ITUNES}name") == "Steady Ground"
    assert channel.findtext(f"{ITUNES}author") == "Steady Ground"

    [item] = channel.findall("item")
    assert item.findtext("title") == "Podcast, episode 3: holidays"
    enclosure = item.find("enclosure")
    assert enclosure.get("url") == "http://testserver" + episode.episode_audio.url
    assert enclosure.get("length") == str(len(EPISODE_AUDIO))
    assert enclosure.get("type") == "audio/mpeg"
    assert item.findtext(f"{ITUNES}duration") == "00:24:10"
    assert item.findtext(f"{ITUNES}explicit") == "false"
    assert item.findtext("guid") and item.find("guid").get("isPermaLink") == "false"
    assert item.findtext("pubDate").startswith("Fri, 20 Nov 2026")
    # The enclosure answers anonymously: podcast apps log in to nothing.
    download = client.get(enclosure.get("url").removeprefix("http://testserver"))
    assert download.status_code == 200


def test_editors_set_the_podcasts_details(client, episode):
    podcast = BlogFeedSettings.for_site(Site.objects.get(is_default_site=True))
    podcast.podcast_title = "Kitchen table"
    podcast.podcast_explicit = True
    podcast.podcast_category = "Kids & Family|Parenting"
    podcast.save()
    channel = ET.fromstring(client.get("/blog/podcast/feed/").content).find("channel")  # noqa: S314
    assert channel.findtext("title") == "Kitchen table"
    assert channel.findtext(f"{ITUNES}explicit") == "true"
    assert channel.find(f"{ITUNES}category").get("text") == "Kids & Family"


def test_hidden_episodes_are_not_in_the_podcast_feed(client, episode):
    episode.unpublish()
    assert ET.fromstring(client.get("/blog/podcast/feed/").content).findall("channel/item") == []  # noqa: S314


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"episode_audio": "wav"}, "episode_audio", "MP3 and M4A"),
        ({"episode_embed_url": "https://soundcloud.com/x/y"}, "episode_duration", "how long"),
        ({"episode_duration": datetime.timedelta(minutes=3)}, "episode_duration", "only for podcast episodes"),
    ],
)
def test_episode_fields_are_checked(blog, fields, field, message):
    if fields.get("episode_audio") == "wav":
        fields = {"episode_audio": episode_recording("episode.wav"), "episode_duration": datetime.timedelta(minutes=3)}
    post = BlogPostPage(slug="episode", title="Episode", intro="x", **fields)
    with pytest.raises(ValidationError) as error:
        post.clean()
    assert message in str(error.value.message_dict[field])


def test_full_text_feeds_are_an_editors_setting(client, blog):
    BlogPostPageFactory(parent=blog, body=[("paragraph", "<p>Only the body says this.</p>")])
    assert "Only the body says this." not in client.get("/blog/feed/").content.decode()
    feeds = BlogFeedSettings.for_site(Site.objects.get(is_default_site=True))
    feeds.full_text_feeds = True
    feeds.save()
    assert "Only the body says this." in client.get("/blog/feed/").content.decode()
    assert "Only the body says this." in client.get("/blog/feed/atom/").content.decode()


def test_an_uploaded_recording_states_its_own_length(blog):
    """An episode never claims a length its recording does not have: the typed 24:10 gives way to the file's 2:00."""
    post = BlogPostPage(
        slug="measured",
        title="Measured",
        intro="x",
        episode_audio=silent_recording(120),
        episode_duration=datetime.timedelta(minutes=24, seconds=10),
    )
    post.clean()
    assert post.episode_duration == datetime.timedelta(minutes=2)
    empty = BlogPostPage(slug="measured-2", title="Measured", intro="x", episode_audio=silent_recording(90))
    empty.clean()
    assert empty.episode_duration == datetime.timedelta(seconds=90)


def test_an_unreadable_recording_keeps_the_typed_length(blog):
    post = BlogPostPage(
        slug="unreadable",
        title="Unreadable",
        intro="x",
        episode_audio=episode_recording(),
        episode_duration=datetime.timedelta(minutes=3),
    )
    post.clean()
    assert post.episode_duration == datetime.timedelta(minutes=3)
