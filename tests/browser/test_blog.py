"""The blog in Chromium: a reader's way from the home page through a post, a tag and an author; axe scans and the
screenshots used in docs/ (blog-index.png, blog-post.png and their -phone variants)."""

import datetime

import pytest
from playwright.sync_api import expect

from django.utils.text import slugify

from wagtail.models import Collection

from authors.models import Author
from tests.browser.conftest import DESKTOP, PHONE
from tests.factories.authors import AuthorFactory, BookFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog
from tests.factories.images import picture

NEWEST = "When your son says “I'm fine”"

POSTS = [
    # title, time of day, intro, categories, tags
    (
        "Five minutes before the conversation",
        "dawn",
        "A short routine that helps you start a hard talk calm, kind and clear.",
        ["CRAFT"],
        ["communication", "self-care"],
    ),
    (
        "Rewarding the sober evening",
        "day",
        "Small, honest rewards for the evenings that go well, and why they matter more than a lecture.",
        ["CRAFT"],
        ["rewards", "communication"],
    ),
    (
        "The year I stopped covering for him",
        "dusk",
        "A guest post on letting natural consequences happen, and on the guilt that came with it.",
        ["Guest Bloggers", "Family Stories"],
        ["boundaries", "consequences"],
    ),
    (
        "Podcast: siblings in the room",
        "mist",
        "Two sisters talk about growing up beside a brother's drinking and what helped them most.",
        ["Podcast", "Family Stories"],
        ["siblings"],
    ),
    (
        "Saying no without a fight",
        "day",
        "Boundaries that protect you without pushing your loved one away.",
        ["CRAFT"],
        ["boundaries", "communication"],
    ),
    (
        NEWEST,
        "night",
        "What to say when the answer is always “fine” and you know it is not.",
        ["CRAFT"],
        ["boundaries"],
    ),
]

BODY = [
    ("heading", {"text": "Start with what you see", "level": "h2", "anchor": ""}),
    (
        "paragraph",
        "<p>Describe one thing you noticed, without judgement: the missed dinner, the late night, the empty "
        "bottles. Facts are easier to hear than labels.</p><p>Then say how it affected you, and stop. Silence "
        "gives them room to answer.</p>",
    ),
    (
        "quote",
        {"quote": "I stopped arguing about the word and started talking about Tuesday.", "attribution": "A mother"},
    ),
    (
        "callout",
        {"kind": "tip", "heading": "Pick your moment", "text": "<p>Talk when they are sober and you are calm.</p>"},
    ),
    ("paragraph", "<p>If it goes badly, end it kindly. You can try again tomorrow; that is not failure.</p>"),
]


def demo_blog(home_page):
    """A blog with pictures, two authors (one a guest with a memoir), four categories and six posts."""
    if Collection.get_first_root_node() is None:  # a transactional test flushed Wagtail's migration data
        Collection.add_root(name="Root")
    blog = make_blog(home_page, intro="<p>Stories, skills and honest answers for families.</p>")
    maria = AuthorFactory(
        name="Maria Lopez",
        slug="maria-lopez",
        location="Denver, Colorado",
        photo=picture("Maria", "portrait", 800, 800),
    )
    dana = AuthorFactory(
        name="Dana Reyes",
        slug="dana-reyes",
        role=Author.Role.GUEST,
        location="Tucson, Arizona",
        photo=picture("Dana", "dawn", 800, 800),
    )
    BookFactory(
        author=dana,
        title="Still Here",
        subtitle="A Mother's Memoir",
        year=2019,
        link="https://example.com/books/still-here",
        cover=picture("Still Here", "cover", 600, 900),
    )
    categories = {
        name: BlogCategoryFactory(name=name, slug=name.lower().replace(" ", "-"))
        for name in ["CRAFT", "Family Stories", "Guest Bloggers", "Podcast"]
    }
    for number, (title, time_of_day, intro, category_names, tags) in enumerate(POSTS):
        BlogPostPageFactory(
            parent=blog,
            title=title,
            slug=slugify(title),
            date=datetime.date(2026, 3, 2) + datetime.timedelta(days=4 * number),
            intro=intro,
            featured_image=picture(title, time_of_day, credit="© Steady Ground illustration"),
            featured_image_alt="Two people on a hill under a wide sky",
            featured_image_caption="Some talks go better outside.",
            body=BODY,
            authors=[dana, maria] if "Guest Bloggers" in category_names else [maria],
            categories=[categories[name] for name in category_names],
            tags=tags,
        )
    return blog


def load_all_images(page):
    """Lazy images below the fold would be blank in a full-page screenshot: load them all first."""
    page.evaluate(
        """() => Promise.all([...document.images].map(img => {
            img.loading = "eager";
            return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
        }))"""
    )


@pytest.mark.django_db(transaction=True)
def test_reader_goes_from_home_to_a_post_then_a_tag_then_an_author(live_server, home_page, page):
    demo_blog(home_page)
    page.goto(live_server.url + "/")

    page.get_by_role("link", name=NEWEST).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NEWEST)
    expect(page.get_by_role("heading", name="About Maria Lopez")).to_be_visible()

    page.locator(".post__tags").get_by_role("link", name="boundaries").click()
    assert page.url == live_server.url + "/blog/tag/boundaries/"
    expect(page.get_by_role("heading", level=1)).to_have_text("Posts tagged “boundaries”")

    page.get_by_role("link", name="Dana Reyes").first.click()
    assert page.url == live_server.url + "/authors/dana-reyes/"
    expect(page.get_by_role("heading", level=1)).to_have_text("Dana Reyes")
    expect(page.get_by_role("heading", level=2, name="Posts by Dana Reyes")).to_be_visible()
    expect(page.get_by_role("link", name="The year I stopped covering for him")).to_be_visible()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("suffix", "viewport"), [("-phone", PHONE), ("", DESKTOP)])
def test_blog_index_and_post_in_chromium(live_server, home_page, page, screenshot, axe_check, suffix, viewport):
    demo_blog(home_page)
    page.set_viewport_size(viewport)

    page.goto(live_server.url + "/blog/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Blog")
    load_all_images(page)
    screenshot(page, f"blog-index{suffix}")
    axe_check(page)

    page.get_by_role("link", name="The year I stopped covering for him").click()
    expect(page.get_by_role("link", name="Still Here")).to_be_visible()
    load_all_images(page)
    screenshot(page, f"blog-post{suffix}")
    axe_check(page)
