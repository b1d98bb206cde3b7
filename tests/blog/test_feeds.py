"""RSS and Atom feeds: valid XML, the right posts, and only each post's intro (never its body)."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
BODY_ONLY = "Sentence only the body has"


@pytest.fixture
def post(blog, author, category):
    return BlogPostPageFactory(
        parent=blog,
        title="When they promise to stop",
        slug="when-they-promise",
        date=datetime.date(2026, 2, 3),
        intro="Promises, relapse & what families can do.",
        body=[("paragraph", f"<p>{BODY_ONLY}.</p>")],
        authors=[author],
        categories=[category],
        tags=["relapse"],
    )


def feed_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert BODY_ONLY not in response.content.decode()
    return response, ET.fromstring(response.content)  # noqa: S314 (our own response, not untrusted input)


def test_rss_feed(client, post):
    response, rss = feed_of(client, "/blog/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    [item] = rss.findall("channel/item")
    assert item.findtext("title") == "When they promise to stop"
    assert item.findtext("link") == "http://testserver/blog/when-they-promise/"
    assert item.findtext("description") == "Promises, relapse &amp; what families can do."  # escaped as HTML
    assert item.findtext("pubDate").startswith("Tue, 03 Feb 2026")
    assert item.findtext(DC_CREATOR) == "Maria Lopez"
    assert [category.text for category in item.findall("category")] == ["CRAFT", "relapse"]


def test_atom_feed(client, post):
    response, atom = feed_of(client, "/blog/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert atom.tag == f"{ATOM}feed"
    [entry] = atom.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "When they promise to stop"
    assert entry.find(f"{ATOM}link").get("href") == "http://testserver/blog/when-they-promise/"
    assert entry.findtext(f"{ATOM}summary") == "Promises, relapse &amp; what families can do."
    assert entry.findtext(f"{ATOM}published").startswith("2026-02-03")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Maria Lopez"


@pytest.mark.parametrize("suffix", ["feed/", "feed/atom/"])
def test_category_and_tag_feeds_hold_only_their_posts(client, blog, post, suffix):
    BlogPostPageFactory(parent=blog, title="Podcast episode", categories=[BlogCategoryFactory(slug="podcast")])
    for archive in ("/blog/category/craft/", "/blog/tag/relapse/"):
        response, _ = feed_of(client, archive + suffix)
        xml = response.content.decode()
        assert "When they promise to stop" in xml
        assert "Podcast episode" not in xml
    _, everything = feed_of(client, "/blog/" + suffix)
    assert "Podcast episode" in ET.tostring(everything, encoding="unicode")


def test_feeds_hold_the_twenty_newest_posts(client, blog):
    posts = [BlogPostPageFactory(parent=blog) for _ in range(21)]
    _, rss = feed_of(client, "/blog/feed/")
    titles = [item.findtext("title") for item in rss.findall("channel/item")]
    assert len(titles) == 20
    assert titles[0] == posts[-1].title
    assert posts[0].title not in titles


def test_full_text_feeds_make_links_and_pictures_absolute(client, blog, post):
    """A feed reader shows the body away from the site: `/blog/…` and `/media/…` would lead nowhere there."""
    from bs4 import BeautifulSoup

    from wagtail.models import Site

    from blog.models import BlogFeedSettings
    from tests.factories.images import shared_image

    settings = BlogFeedSettings.for_site(Site.objects.get(is_default_site=True))
    settings.full_text_feeds = True
    settings.save()
    image_block = ("image", {"image": {"image": shared_image(), "alt_text": "A kitchen table", "decorative": False}})
    BlogPostPageFactory(
        parent=blog,
        slug="with-links",
        body=[
            (
                "paragraph",
                f'<p>See <a linktype="page" id="{post.pk}">the promise post</a>, <a href="/learning/">learning</a>,'
                ' <a href="#part-2">part 2</a>, <a href="mailto:help@example.com">us</a> and'
                ' <a href="https://samhsa.gov/">SAMHSA</a>.</p>',
            ),
            image_block,
        ],
    )
    for url in ("/blog/feed/", "/blog/feed/atom/"):
        feed = ET.fromstring(client.get(url).content)  # noqa: S314 (our own response)
        bodies = [
            element.text
            for element in feed.iter()
            if element.tag in ("description", f"{ATOM}summary", f"{ATOM}content")
            and "promise post" in (element.text or "")
        ]
        assert bodies, url
        html = BeautifulSoup(bodies[0], "html.parser")
        hrefs = {a.get_text(): a["href"] for a in html.find_all("a")}
        assert hrefs["the promise post"] == "http://testserver/blog/when-they-promise/"
        assert hrefs["learning"] == "http://testserver/learning/"
        assert hrefs["part 2"] == "http://testserver/blog/with-links/#part-2"
        assert hrefs["us"] == "mailto:help@example.com"
        assert hrefs["SAMHSA"] == "https://samhsa.gov/"
        sources = [tag["src"] for tag in html.find_all(src=True)]
        sources += [url for tag in html.find_all(srcset=True) for url in tag["srcset"].split(", ")]
        assert sources
        assert all(source.startswith("http://testserver/media/") for source in sources), sources
