import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from taggit.models import Tag
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Site

from authors.models import Author
from blog.models import BlogCategory, BlogIndexPage, BlogPostPage
from home.blocks import BaseStreamBlock
from home.models import CrisisSupportSettings, HomePage


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.mark.django_db
def test_seed_demo_builds_the_site_and_accounts(seeded_demo):
    home = HomePage.objects.get()
    assert home.live
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    User = get_user_model()
    assert set(User.objects.values_list("username", flat=True)) >= {
        "admin",
        "editor",
        "moderator",
        "contributor",
        "member",
    }
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="editor").check_password("demo-pass-123")


@pytest.mark.django_db
def test_seed_demo_builds_the_blog_and_its_authors(seeded_demo, client, monkeypatch):
    blog = BlogIndexPage.objects.get()
    assert (blog.slug, blog.title, blog.get_parent().specific_class) == ("blog", "Blog", HomePage)
    categories = BlogCategory.objects.all()
    assert {category.name for category in categories} >= {"CRAFT", "Guest Bloggers", "Family Stories", "Podcast"}
    assert all(category.description for category in categories)

    authors = Author.objects.prefetch_related("books")
    assert len(authors) >= 3
    assert all(author.photo_id and author.bio for author in authors)
    assert any(author.role == Author.Role.CLINICAL_REVIEWER for author in authors)
    guest_books = [book for author in authors if author.role == Author.Role.GUEST for book in author.books.all()]
    assert any("memoir" in book.subtitle.lower() and book.year and book.link for book in guest_books)

    posts = BlogPostPage.objects.live().child_of(blog).prefetch_related("tags", "categories", "author_links")
    assert len(posts) >= 14
    for post in posts:
        assert len(post.tags.all()) >= 3, post
        assert post.categories.all() and post.author_links.all(), post
        assert post.featured_image.collection.name == "Blog images", post
        assert post.featured_image_alt and post.featured_image_credit, post
    assert len({post.date for post in posts}) == len(posts)
    assert {link.author_id for post in posts for link in post.author_links.all()} == {author.pk for author in authors}
    used = {block.block_type for post in posts for block in post.body}
    assert used == set(BaseStreamBlock.base_blocks)
    assert Tag.objects.count() >= 20

    crisis = CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))
    assert crisis.message == CrisisSupportSettings._meta.get_field("message").default

    # Every post and author page renders from the database alone: no embed is fetched over the network.
    def no_network(*args, **kwargs):
        raise AssertionError("an embed was fetched from the network")

    monkeypatch.setattr("wagtail.embeds.embeds.get_finder_for_embed", no_network)
    embed_urls = {block.value["embed"].url for post in posts for block in post.body if block.block_type == "embed"}
    assert embed_urls <= set(Embed.objects.values_list("url", flat=True))
    for url in [post.url for post in posts] + [author.get_absolute_url() for author in authors] + ["/authors/"]:
        assert client.get(url).status_code == 200, url
    assert get_image_model().objects.filter(collection__name="Blog images").count() >= len(posts)


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing(seeded_demo, settings):
    settings.DEBUG = True
    first = row_counts()
    call_command("seed_demo", password="demo-pass-123")
    assert row_counts() == first


@pytest.mark.django_db
def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
