"""A post as readers see it: picture with credit, dates, links to its categories, tags and authors, the body,
the author boxes with books, previous/next and related posts; and what search engines and social sites read."""

import datetime
import json
import re

import pytest

from blog.models import BlogPostAuthor, BlogPostPage
from tests.factories.authors import AuthorFactory, BookFactory, ImageFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


@pytest.fixture
def guest(db):
    guest = AuthorFactory(
        name="Dana Reyes", slug="dana-reyes", role="guest", location="Tucson, Arizona", photo=ImageFactory()
    )
    BookFactory(author=guest, title="Still Here", subtitle="A Mother's Memoir", year=2019, cover=ImageFactory())
    return guest


@pytest.fixture
def post(blog, author, guest, category):
    return BlogPostPageFactory(
        parent=blog,
        title="Talking about drinking without a fight",
        slug="talking-without-a-fight",
        date=datetime.date(2026, 3, 2),
        updated=datetime.date(2026, 3, 9),
        intro="How to open a calm conversation about drinking.",
        featured_image_alt="Two mugs on a kitchen table",
        featured_image_caption="Morning talks work best.",
        featured_image=ImageFactory(credit="© Jo Smith via a stock library"),
        body=[
            ("heading", {"text": "Pick your moment", "level": "h2", "anchor": ""}),
            ("paragraph", "<p>" + "word " * 450 + "</p>"),
        ],
        authors=[author, guest],
        categories=[category],
        tags=["boundaries", "communication"],
    )


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_post_shows_picture_dates_reading_time_and_body(client, post):
    html = html_of(client, post)
    assert "<h1>Talking about drinking without a fight</h1>" in html
    assert 'alt="Two mugs on a kitchen table"' in html
    assert "fill-1200x630" in html
    assert "Morning talks work best." in html
    assert "© Jo Smith via a stock library" in html
    assert '<time datetime="2026-03-02">March 2, 2026</time>' in html
    assert 'Updated <time datetime="2026-03-09">March 9, 2026</time>' in html
    assert "3 min read" in html  # 453 words at 200 a minute
    assert 'id="pick-your-moment"' in html


def test_post_links_its_categories_tags_and_authors(client, post):
    html = html_of(client, post)
    assert 'href="/blog/category/craft/">CRAFT</a>' in html
    assert 'href="/blog/tag/boundaries/">boundaries</a>' in html
    assert 'href="/blog/tag/communication/">communication</a>' in html
    assert (
        'By <a href="/authors/maria-lopez/">Maria Lopez</a> and <a href="/authors/dana-reyes/">Dana Reyes</a>' in html
    )


def test_author_boxes_show_photo_bio_and_books(client, post):
    html = html_of(client, post)
    assert html.index("About Maria Lopez") < html.index("About Dana Reyes")
    assert "Guest blogger · Tucson, Arizona" in html
    assert "Dana Reyes writes about families and recovery." in html
    assert "fill-160x160" in html
    assert '<a href="https://books.example.org/memoir"><cite>Still Here</cite></a>' in html
    assert "A Mother&#x27;s Memoir" in html
    assert '<span class="author-box__book-year">2019</span>' in html
    assert "max-120x180" in html
    assert 'href="/authors/dana-reyes/">More about Dana Reyes</a>' in html


def test_previous_next_and_related_posts(client, blog, post, visible_posts, category):
    unrelated = BlogPostPageFactory(parent=blog, title="Unrelated post", date=datetime.date(2026, 3, 5))
    newest = BlogPostPageFactory(
        parent=blog, title="Newest related", date=datetime.date(2026, 4, 1), tags=["boundaries"]
    )
    html = html_of(client, post)
    nav = html[html.index('class="post-nav"') :]
    assert re.search(r'href="/blog/visible-5/" rel="prev">\s*<span class="post-nav__label">Previous post', nav)
    assert f'href="{unrelated.url}" rel="next"' in nav
    related = html[html.index("Related posts") :]
    titles = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', related)
    assert titles == [newest.title, "Visible post 5", "Visible post 1"]


def test_related_posts_are_at_most_three_and_never_the_post_itself(blog, post, category):
    for _ in range(4):
        BlogPostPageFactory(parent=blog, categories=[category])
    related = list(post.related_posts(blog.posts()))
    assert len(related) == 3
    assert post not in related


def test_a_post_sharing_nothing_has_no_related_posts(client, blog, visible_posts):
    loner = BlogPostPageFactory(parent=blog, title="Loner")
    assert "Related posts" not in html_of(client, loner)


def test_post_meta_tags(client, post):
    html = html_of(client, post)
    assert "<title>Talking about drinking without a fight · Steady Ground</title>" in html
    assert '<meta name="description" content="How to open a calm conversation about drinking.">' in html
    assert '<link rel="canonical" href="http://localhost/blog/talking-without-a-fight/">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:image:alt" content="Two mugs on a kitchen table">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="article:published_time" content="2026-03-02">' in html
    assert '<link rel="alternate" type="application/rss+xml"' in html


def test_json_ld_blog_posting(client, post):
    data = json.loads(JSON_LD.search(html_of(client, post)).group(1))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == post.title
    assert data["datePublished"] == "2026-03-02"
    assert data["dateModified"] == "2026-03-09"
    assert data["author"] == [
        {"@type": "Person", "name": "Maria Lopez", "url": "http://localhost/authors/maria-lopez/"},
        {"@type": "Person", "name": "Dana Reyes", "url": "http://localhost/authors/dana-reyes/"},
    ]
    assert data["image"].startswith("http://localhost/media/images/")
    assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"] == "Steady Ground"
    assert data["publisher"]["logo"]["url"] == "http://localhost/static/icons/icon-512.png"
    assert data["keywords"] == ["boundaries", "communication"]


def test_json_ld_cannot_be_broken_out_of(client, blog):
    title = "</script><script>alert('x')</script> & <!--"
    post = BlogPostPageFactory(parent=blog, title=title, slug="tricky")
    html = html_of(client, post)
    assert "<script>alert" not in html
    assert json.loads(JSON_LD.search(html).group(1))["headline"] == title


def test_a_post_without_picture_updates_or_tags_still_renders(client, blog):
    plain = BlogPostPageFactory(parent=blog, featured_image=None, authors=[], title="Plain post")
    html = html_of(client, plain)
    assert "Updated" not in html
    assert 'class="post__image"' not in html
    assert '"image"' not in JSON_LD.search(html).group(1)


def test_preview_of_a_post_not_yet_saved_renders(blog, author, category, visible_posts):
    """Placed in the tree the way Wagtail's "preview on add" does it, with tags, categories and authors in memory."""
    post = BlogPostPage(title="Draft in preview", slug="draft-in-preview", intro="Soon.", body=[])
    post.depth = blog.depth + 1
    post.path = blog.get_last_child()._inc_path()
    post.set_url_path(blog)
    post.tags.add("boundaries")
    post.categories = [category]
    post.author_links = [BlogPostAuthor(author=author)]
    response = post.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Draft in preview" in html
    assert "About Maria Lopez" in html
    assert "Visible post 5" in html  # a neighbour and related post


def test_related_posts_never_list_hidden_posts_or_another_blogs(client, blog, home_page, visible_posts, hidden_posts):
    from tests.factories.blog import make_blog

    other_blog = make_blog(home_page, title="Another blog", slug="another-blog")
    BlogPostPageFactory(
        parent=other_blog, title="Other blog's post", tags=["boundaries"], date=datetime.date(2026, 6, 1)
    )
    newest = BlogPostPageFactory(parent=blog, title="Newest", tags=["secret-tag"], date=datetime.date(2026, 5, 1))
    for post in [*visible_posts, newest]:
        related = [page.title for page in post.related_posts(blog.posts(), limit=10)]
        assert not any("Zzhidden" in title or title == "Other blog's post" for title in related), related
        html = html_of(client, post)
        assert "Zzhidden" not in html and "Other blog&#x27;s post" not in html
    assert [page.title for page in visible_posts[0].related_posts(blog.posts())] == ["Visible post 5"]
    assert list(newest.related_posts(blog.posts())) == []  # its only tag is otherwise on hidden posts


def test_posts_of_the_same_day_are_neighbours_in_their_listing_order(blog):
    same_day = datetime.date(2026, 6, 1)
    first, middle, last = (BlogPostPageFactory(parent=blog, title=f"Same day {n}", date=same_day) for n in range(3))
    before = BlogPostPageFactory(parent=blog, title="The day before", date=datetime.date(2026, 5, 31))
    after = BlogPostPageFactory(parent=blog, title="The day after", date=datetime.date(2026, 6, 2))
    posts = blog.posts()
    assert middle.neighbours(posts) == (first, last)
    assert first.neighbours(posts) == (before, middle)
    assert last.neighbours(posts) == (middle, after)


@pytest.mark.parametrize("shared", ["tag", "category"])
def test_a_post_with_only_tags_or_only_categories_finds_posts_sharing_them(blog, shared):
    category = BlogCategoryFactory(name="Recovery", slug="recovery")
    terms = {"tags": ["boundaries"]} if shared == "tag" else {"categories": [category]}
    post = BlogPostPageFactory(parent=blog, title="This post", **terms)
    sharing = BlogPostPageFactory(parent=blog, title="Sharing it", **terms)
    BlogPostPageFactory(parent=blog, title="Sharing nothing")
    assert [page.title for page in post.related_posts(blog.posts())] == [sharing.title]
