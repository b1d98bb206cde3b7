"""`seed_demo` on an empty database, then again: the demo site a new developer meets, built from demo/data/.

The command runs once per test module (it is the slow part); each test reads what it built.
"""

import datetime
import re
from pathlib import Path

import pytest

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import override_settings
from django.utils.html import escape

from taggit.models import Tag
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, Site, WorkflowPage

from authors.models import Author
from blog.models import BlogCategory, BlogIndexPage, BlogPostPage
from blog.recordings import recording_length
from contact.models import ContactPage
from editorial import roles
from home.blocks import BaseStreamBlock
from home.models import CrisisSupportSettings, HomePage, StandardPage
from learning.models import AccessCode, LearningModulePage, Membership
from resources.models import Resource
from tests.factories.home import put_back_wagtail_welcome_page

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

PASSWORD = "demo-pass-123"
DEMO_ACCOUNTS = {"admin", "editor", "moderator", "contributor", "manager", "member"}


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module, inside a transaction rolled back at its end (each test nests in it), on the
    database as migrate leaves it (Wagtail's welcome page included)."""
    with django_db_blocker.unblock(), transaction.atomic():
        put_back_wagtail_welcome_page()
        with override_settings(DEBUG=True):
            call_command("seed_demo", password=PASSWORD)
        yield
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_a_second_run_changes_nothing(seeded, settings):
    settings.DEBUG = True
    first = row_counts()
    call_command("seed_demo", password=PASSWORD)
    assert row_counts() == first


@pytest.mark.django_db
def test_the_demo_accounts_have_their_editorial_roles(seeded):
    groups = {user.username: set(user.groups.values_list("name", flat=True)) for user in get_user_model().objects.all()}
    assert groups["editor"] == {roles.EDITORS}  # an editor never approves modules: the clinician does
    assert groups["clinician"] == {roles.CLINICAL_REVIEWERS}
    assert groups["moderator"] == {roles.MODERATORS}
    assert groups["contributor"] == {roles.CONTRIBUTORS}
    assert groups["manager"] == {"Member managers", "Contact responders"}
    blog = Page.objects.get(slug="blog")
    assert WorkflowPage.objects.get(page=blog).workflow.name == roles.BLOG_REVIEW


@pytest.mark.django_db
def test_the_site_accounts_and_pages(seeded, client):
    home = HomePage.objects.get()
    assert home.live
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    User = get_user_model()
    assert set(User.objects.values_list("username", flat=True)) >= DEMO_ACCOUNTS
    assert User.objects.get(username="admin").is_superuser
    assert all(User.objects.get(username=name).check_password(PASSWORD) for name in DEMO_ACCOUNTS)
    assert User.objects.get(username="manager").groups.filter(name="Member managers").exists()
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert Membership.objects.get(user__username="member").status == Membership.Status.ACTIVE

    help_page = StandardPage.objects.get(slug="help")
    assert {block.block_type for block in help_page.body} == {"callout", "resources", "paragraph", "heading"}
    help_html = client.get(help_page.url).content.decode()
    for link in (
        'href="tel:911"',
        'href="tel:988"',
        'href="sms:988"',
        'href="tel:18002221222"',
        'href="tel:18007997233"',
    ):
        assert link in help_html
    assert "private window" in help_html.lower() and 'href="/resources/"' in help_html
    promoted = SearchPromotion.objects.filter(page=help_page).values_list("query__query_string", flat=True)
    assert set(promoted) == {"crisis", "overdose", "988"}

    # The trust pages exist, are live and are linked from the footer of every page.
    response = client.get("/")
    for path in ("/about/", "/contact/", "/privacy/", "/terms/", "/accessibility/", "/help/"):
        assert f'href="{path}"' in response.text, path
        assert client.get(path).status_code == 200, path
    contact = ContactPage.objects.get()
    assert [field.field_type for field in contact.form_fields.all()] == ["singleline", "email", "dropdown", "multiline"]
    assert contact.to_address and contact.intro.startswith("<p>")

    crisis = CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))
    assert crisis.message == CrisisSupportSettings._meta.get_field("message").default


@pytest.mark.django_db
def test_the_blog_and_its_authors(seeded, client, monkeypatch):
    blog = BlogIndexPage.objects.get()
    assert (blog.slug, blog.title, blog.get_parent().specific_class) == ("blog", "Blog", HomePage)
    categories = BlogCategory.objects.all()
    assert {category.name for category in categories} >= {"CRAFT", "Guest Bloggers", "Family Stories", "Podcast"}
    assert all(category.description for category in categories)

    authors = Author.objects.prefetch_related("books")
    assert len(authors) == 4
    assert all(author.photo_id and author.bio.startswith("<p>") for author in authors)
    assert any(author.role == Author.Role.CLINICAL_REVIEWER for author in authors)
    assert sum(len(author.books.all()) for author in authors) == 2
    assert all(book.cover_id for author in authors for book in author.books.all())
    guest_books = [book for author in authors if author.role == Author.Role.GUEST for book in author.books.all()]
    assert any("memoir" in book.subtitle.lower() and book.year and book.link for book in guest_books)

    posts = BlogPostPage.objects.live().child_of(blog).prefetch_related("tags", "categories", "author_links")
    assert len(posts) >= 15
    for post in posts:
        assert len(post.tags.all()) >= 3, post
        assert post.categories.all() and post.author_links.all(), post
        assert post.featured_image.collection.name == "Blog images", post
        assert post.featured_image_alt and post.featured_image.credit, post
    assert len({post.date for post in posts}) == len(posts)
    assert {link.author_id for post in posts for link in post.author_links.all()} == {author.pk for author in authors}
    used = {block.block_type for post in posts for block in post.body}
    assert used == set(BaseStreamBlock.base_blocks)
    assert Tag.objects.count() >= 20

    # Markdown became Wagtail's rich text: bold is <b>, no Markdown marks are left over.
    paragraphs = "".join(str(block.value) for post in posts for block in post.body if block.block_type == "paragraph")
    assert "<b>" in paragraphs and "<li>" in paragraphs
    assert not re.search(r"\*\*|^#|```", paragraphs, re.M)
    cta = next(block.value for post in posts for block in post.body if block.block_type == "call_to_action")
    assert cta["page"] is None or cta["page"].specific_class is BlogPostPage

    # Every post and author page renders from the database alone: no embed is fetched over the network.
    def no_network(*args, **kwargs):
        raise AssertionError("an embed was fetched from the network")

    monkeypatch.setattr("wagtail.embeds.embeds.get_finder_for_embed", no_network)
    embed_urls = {block.value["embed"].url for post in posts for block in post.body if block.block_type == "embed"}
    assert embed_urls <= set(Embed.objects.values_list("url", flat=True))
    for url in [post.url for post in posts] + [author.get_absolute_url() for author in authors] + ["/authors/"]:
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_learning_modules_ebooks_and_the_sponsor_code(seeded, client):
    modules = LearningModulePage.objects.live().order_by("number")
    assert [module.number for module in modules] == list(range(1, 9))
    assert [module.number for module in modules if module.is_free_sample] == [5]
    for module in modules:
        assert module.teaser_image_id and module.video_url and module.video_transcript.startswith("<p>"), module
        assert module.ebook.file.read(5) == b"%PDF-", module
        assert any(block.block_type == "exercise" for block in module.body), module
        assert client.get(module.url).status_code == 200, module
    assert get_document_model().objects.filter(collection__name="Member eBooks").count() == 8
    assert get_document_model().objects.count() == 8 + 2  # and the two podcast episodes' recordings

    code = AccessCode.objects.get(code="DEMO-SPONSOR")
    assert (code.seats, code.active) == (25, True)


@pytest.mark.django_db
def test_help_resources_across_three_regions_and_national_lines(seeded, client):
    resources = list(Resource.objects.all())
    national = {resource.name for resource in resources if resource.region == "national"}
    assert {"988 Suicide & Crisis Lifeline", "SAMHSA National Helpline"} <= national
    made_up = [resource for resource in resources if resource.region != "national"]
    assert len(made_up) >= 12 and all(resource.is_demo for resource in made_up)
    assert len({resource.region for resource in made_up}) == 3
    assert not any(resource.is_demo for resource in resources if resource.region == "national")
    assert "Demo entry" in client.get("/resources/", {"region": "OH"}).content.decode()
    post = BlogPostPage.objects.get(slug="naloxone-basics")
    assert "/resources/card/?resource=" in client.get(post.url).content.decode()


@pytest.mark.django_db
def test_images_come_from_the_committed_files(seeded):
    images = get_image_model().objects.all()
    assert images.count() == 31
    assert all(image.width >= 600 and image.height >= 600 * 0.5 for image in images)
    assert all(image.description for image in images), "every demo image has alt text"


@pytest.mark.django_db
def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")


def test_nothing_imports_the_demo():
    """The demo sits on top of the house: no app and no test (but this folder's, through the command) imports it."""
    importer = re.compile(r"^\s*(from demo[ .]|import demo\b)", re.M)
    root = Path(settings.BASE_DIR)
    offenders = [
        str(path.relative_to(root))
        for path in root.glob("*/**/*.py")
        if path.parts[len(root.parts)] not in {"demo", ".venv", "var", "media", "node_modules"}
        and importer.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.django_db
def test_the_home_page_serves_three_readers(seeded, client):
    home = HomePage.objects.get()
    html = client.get("/").content.decode()
    assert escape(home.help_now_heading) in html and 'href="tel:988"' in html and 'href="/help/"' in html
    start = html[html.index('id="start-here-heading"') :]
    for slug in ("why-confrontation-backfires", "making-a-safety-plan", "looking-after-yourself"):
        assert f'href="/blog/{slug}/"' in start
    assert 'href="/learning/rewarding-sober-time/"' in start and "Get this module free" in start
    assert 'id="latest-episode-heading"' in html and "Podcast, episode 2" in html


@pytest.mark.django_db
def test_the_podcast_feed_has_the_episodes(seeded, client):
    feed = client.get("/blog/podcast/feed/").content.decode()
    assert feed.count("<enclosure ") == 2 and "<itunes:duration>00:24:00</itunes:duration>" in feed
    enclosure = re.search(r'<enclosure length="(\d+)" type="audio/mpeg" url="http://testserver([^"]+)"', feed)
    download = client.get(enclosure.group(2))
    assert download.status_code == 200
    assert int(enclosure.group(1)) == len(b"".join(download.streaming_content))


@pytest.mark.django_db
def test_the_demo_episodes_state_the_length_of_their_recordings(seeded):
    """The placeholder recordings are silent, but as long as the episodes say (measured from the files)."""
    episodes = BlogPostPage.objects.filter(episode_audio__isnull=False)
    assert {post.episode_duration for post in episodes} == {
        datetime.timedelta(minutes=24),
        datetime.timedelta(minutes=19),
    }
    for post in episodes:
        assert recording_length(post.episode_audio) == post.episode_duration


@pytest.mark.django_db
def test_every_address_in_the_sitemap_answers(seeded, client):
    index = client.get("/sitemap.xml").content.decode()
    listed = []
    for section in re.findall(r"<loc>http://[^/]+(/[^<]+)</loc>", index):
        listed += re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", client.get(section).content.decode())
    assert len(listed) > 60
    for path in listed:
        assert client.get(path).status_code == 200, path
    assert {"/authors/lena-okafor/", "/blog/category/podcast/", "/about/"} <= set(listed)


# Questions parents type, each with a word in the title of the post that should answer it (in the top three).
DEMO_QUESTIONS = {
    "intervention": "intervention",
    "rehab": "rehab",
    "al-anon": "al-anon",
    "AA meetings": "al-anon",
    "how do I help my son": "",
    "my daughter is using heroin": "",
    "alcoholic": "",
    "relapsing": "relapse",
}


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "expected"), DEMO_QUESTIONS.items())
def test_parents_questions_find_posts_on_the_demo_site(seeded, client, query, expected):
    response = client.get("/search/", {"q": query})
    posts = [result for result in response.context["results"] if result.kind == "blog"]
    assert posts, f"{query!r} found no blog post"
    if expected:
        top = {post.title for post in posts[:3]}
        assert any(expected in title.lower() for title in top), (query, top)
