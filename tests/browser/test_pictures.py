"""Chromium picks the WebP source of a <picture>: the 2x file on a screen of device scale factor 2, the 1x file on
an ordinary screen, and never the JPEG fallback; the first card loads at once and the rest lazily."""

import pytest
from playwright.sync_api import expect

from wagtail.models import Collection

from home.renditions import webp_spec
from tests.browser.conftest import PHONE
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.images import picture


def blog_with_large_pictures(home_page):
    if Collection.get_first_root_node() is None:  # a transactional test flushed Wagtail's migration data
        Collection.add_root(name="Root")
    blog = make_blog(home_page, intro="<p>Stories, skills and honest answers for families.</p>")
    posts = []
    for number, mood in enumerate(("dawn", "dusk", "night")):
        posts.append(
            BlogPostPageFactory(
                parent=blog,
                title=f"A sharp picture on a sharp screen, part {number + 1}",
                slug=f"sharp-picture-{number + 1}",
                intro="Large enough for a 2x card and a 2x main picture.",
                featured_image=picture(f"Large {mood}", mood, 2400, 1300),
                featured_image_alt="A soft sky over a hill",
            )
        )
    return blog, posts


def chosen_files(page, selector):
    """The file each image shows and its width in CSS pixels (the browser divides a 2x file's pixels by two)."""
    return page.eval_on_selector_all(
        selector, "images => images.map(img => ({src: img.currentSrc, width: img.naturalWidth}))"
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("scale", [2, 1])
def test_the_browser_takes_the_webp_file_for_its_screen(live_server, home_page, browser, screenshot, scale):
    blog, posts = blog_with_large_pictures(home_page)
    newest = posts[-1]  # the listing's first card
    image = newest.featured_image
    context = browser.new_context(viewport=PHONE, device_scale_factor=scale)
    page = context.new_page()

    page.goto(live_server.url + blog.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Blog")
    first_card = page.locator(".post-card__image").first
    expect(first_card).to_have_attribute("fetchpriority", "high")
    expect(page.locator(".post-card__image").nth(1)).to_have_attribute("loading", "lazy")
    page.wait_for_function("document.querySelector('.post-card__image').complete")
    (card, *_) = chosen_files(page, ".post-card__image")
    expected = image.get_rendition(webp_spec("card", scale))
    assert card["src"].endswith(expected.url), card
    assert card["width"] == 640  # 1280 pixels drawn at 2x, or 640 at 1x
    if scale == 2:
        screenshot(page, "pictures-blog-index-2x")

    page.goto(live_server.url + newest.url)
    page.wait_for_function("document.querySelector('.post__image img').complete")
    (hero,) = chosen_files(page, ".post__image img")
    assert hero["src"].endswith(image.get_rendition(webp_spec("hero", scale)).url), hero
    assert hero["width"] == 1200
    if scale == 2:
        screenshot(page, "pictures-blog-post-2x")
    context.close()


@pytest.mark.django_db(transaction=True)
def test_a_picture_in_a_row_stands_where_a_plain_img_stood(live_server, home_page, page):
    """The author's photo and book cover sit in flex rows: the <picture> and its <source> must add no gap before
    them (a <source> shown as an empty flex item pushed the photo 20 px right)."""
    from tests.factories.authors import AuthorFactory, BookFactory

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    author = AuthorFactory(name="Marcus Ellery", slug="marcus-ellery", photo=picture("Portrait", "portrait", 800, 800))
    BookFactory(author=author, title="Porch Light", cover=picture("Porch Light", "cover", 600, 900))
    page.goto(live_server.url + author.get_absolute_url())
    header, photo = (
        page.locator(".author-profile").bounding_box(),
        page.locator(".author-profile__photo").bounding_box(),
    )
    assert photo["x"] == header["x"]
    book, cover = page.locator(".book").bounding_box(), page.locator(".book__cover").bounding_box()
    padding = page.eval_on_selector(".book", "el => parseFloat(getComputedStyle(el).paddingLeft)")
    assert cover["x"] == book["x"] + padding + 1  # its 1 px border
