"""The blog in the Wagtail admin: writing a post, the author/category/tag listings and merging tags."""

from django.contrib.auth.models import Group, Permission, User
from django.test import TestCase
from django.urls import reverse

from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from authors.models import Author
from blog.models import BlogCategory, BlogPostPage
from tests.factories.authors import AuthorFactory, ImageFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog
from tests.factories.home import make_site_with_home


def list_url(model):
    return reverse(model.snippet_viewset.get_url_name("list"))


def editor(username="eden"):
    """A member of Wagtail's Editors group, as the demo's editor account is."""
    user = User.objects.create_user(username, password="pass-123456")  # noqa: S106
    user.groups.add(Group.objects.get(name="Editors"))
    return user


class TestWritingAPost(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.blog = make_blog(make_site_with_home())
        cls.authors = [AuthorFactory(name="Dana Whitfield"), AuthorFactory(name="Priya Raman")]
        cls.categories = [BlogCategoryFactory(name="CRAFT"), BlogCategoryFactory(name="Family Stories")]
        cls.image = ImageFactory()

    def post_data(self, title):
        data = nested_form_data(
            {
                "title": title,
                "date": "2026-03-02",
                "intro": "Relapse is common. What you say next can keep the door open.",
                "featured_image": self.image.pk,
                "featured_image_alt": "A kettle on a kitchen table",
                "body": streamfield(
                    [
                        ("heading", {"text": "Start with a breath", "level": "h2", "anchor": ""}),
                        ("paragraph", rich_text("<p>Relapse is part of many recoveries.</p>")),
                    ]
                ),
                "author_links": inline_formset([{"author": author.pk} for author in self.authors]),
                "tags": "relapse, communication, hope",
            }
        )
        data["categories"] = [category.pk for category in self.categories]  # ticked checkboxes: one key, many values
        return data

    def assert_post_has_its_links(self, post):
        assert set(post.categories.values_list("name", flat=True)) == {"CRAFT", "Family Stories"}
        assert set(post.tags.values_list("name", flat=True)) == {"relapse", "communication", "hope"}
        assert post.authors == self.authors  # in the order they were credited
        assert [block.block_type for block in post.body] == ["heading", "paragraph"]

    def test_superuser_publishes_a_post_with_categories_tags_and_authors(self):
        self.client.force_login(User.objects.create_superuser("admin", password="pass-123456"))  # noqa: S106
        self.assertCanCreate(self.blog, BlogPostPage, self.post_data("What to say after a relapse"))

        post = BlogPostPage.objects.get(slug="what-to-say-after-a-relapse")
        assert post.live
        self.assert_post_has_its_links(post)

    def test_editor_saves_a_draft_with_categories_tags_and_authors(self):
        self.client.force_login(editor())
        self.assertCanCreate(self.blog, BlogPostPage, self.post_data("A draft for review"), publish=False)

        post = BlogPostPage.objects.get(slug="a-draft-for-review")
        assert not post.live
        self.assert_post_has_its_links(post)


class TestSnippetListings(TestCase):
    @classmethod
    def setUpTestData(cls):
        AuthorFactory(name="Maria Lopez", role=Author.Role.GUEST, location="Denver, Colorado")
        AuthorFactory(name="Ken Ito", role=Author.Role.CLINICAL_REVIEWER)
        BlogCategoryFactory(name="Podcast")
        blog = make_blog(make_site_with_home())
        BlogPostPageFactory(parent=blog, tags=["naloxone"])

    def setUp(self):
        self.client.force_login(User.objects.create_superuser("admin", password="pass-123456"))  # noqa: S106

    def test_listings_answer(self):
        for model, text in ((Author, "Maria Lopez"), (BlogCategory, "Podcast"), (Tag, "naloxone")):
            response = self.client.get(list_url(model))
            assert response.status_code == 200, model
            assert text in response.content.decode()

    def test_authors_filter_by_role_and_export(self):
        filtered = self.client.get(list_url(Author), {"role": "clinical_reviewer"}).content.decode()
        assert "Ken Ito" in filtered and "Maria Lopez" not in filtered

        export = self.client.get(list_url(Author), {"export": "csv"})
        rows = b"".join(export.streaming_content).decode().splitlines()
        assert rows[0] == "Name,Slug,Role,Location,Website"
        assert any(row.startswith("Maria Lopez,") and 'Guest blogger,"Denver, Colorado"' in row for row in rows)

    def test_author_chooser_and_listing_find_authors_by_the_start_of_their_name(self):
        chooser = reverse(Author.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
        for url in (chooser, list_url(Author)):
            html = self.client.get(url, {"q": "Mar"}).content.decode()
            assert "Maria Lopez" in html and "Ken Ito" not in html, url
        html = self.client.get(list_url(Author), {"q": "denver"}).content.decode()
        assert "Maria Lopez" in html and "Ken Ito" not in html

    def test_blog_menu_groups_categories_and_tags(self):
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        for label in ('"Blog"', '"Categories"', '"Tags"', '"Authors"'):
            assert label in html


class TestMergingTags(TestCase):
    @classmethod
    def setUpTestData(cls):
        blog = make_blog(make_site_with_home())
        cls.only_old = BlogPostPageFactory(parent=blog, tags=["self care"])
        cls.both = BlogPostPageFactory(parent=blog, tags=["self care", "self-care"])
        cls.other = BlogPostPageFactory(parent=blog, tags=["boundaries"])
        cls.image = ImageFactory()
        cls.image.tags.add("self care")
        cls.old, cls.kept = Tag.objects.get(name="self care"), Tag.objects.get(name="self-care")

    def merge_url(self, *tags):
        ids = "&".join(f"id={tag.pk}" for tag in tags)
        return f"{reverse('wagtail_bulk_action', args=['taggit', 'tag', 'merge'])}?{ids}&next=/admin/"

    def test_merge_moves_posts_and_images_to_the_kept_tag(self):
        self.client.force_login(User.objects.create_superuser("admin", password="pass-123456"))  # noqa: S106
        url = self.merge_url(self.old, self.kept)
        form = self.client.get(url)
        assert form.status_code == 200
        assert "Tag to keep" in form.content.decode()

        response = self.client.post(url, {"keep": self.kept.pk})

        assert response.status_code == 302
        assert not Tag.objects.filter(name="self care").exists()
        for post in (self.only_old, self.both):
            assert list(BlogPostPage.objects.get(pk=post.pk).tags.values_list("name", flat=True)) == ["self-care"]
        assert list(self.other.tags.names()) == ["boundaries"]
        assert list(get_image_model().objects.get(pk=self.image.pk).tags.names()) == ["self-care"]

    def test_merge_updates_unpublished_drafts_too(self):
        draft = self.only_old.get_latest_revision_as_object()
        draft.title = "Changed in a draft"
        draft.save_revision()

        from blog.wagtail_hooks import merge_tags

        merge_tags([self.old, self.kept], into=self.kept)

        page = BlogPostPage.objects.get(pk=self.only_old.pk)
        assert page.has_unpublished_changes
        assert list(page.get_latest_revision_as_object().tags.names()) == ["self-care"]

    def test_merging_needs_permission_to_delete_tags(self):
        user = User.objects.create_user("casey", password="pass-123456")  # noqa: S106
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(user)
        url = self.merge_url(self.old, self.kept)
        assert "permission to merge" in self.client.get(url).content.decode()

        self.client.post(url, {"keep": self.kept.pk})
        assert Tag.objects.filter(pk=self.old.pk).exists()

    def test_editors_can_merge_tags(self):
        self.client.force_login(editor())
        self.client.post(self.merge_url(self.old, self.kept), {"keep": self.kept.pk})
        assert not Tag.objects.filter(pk=self.old.pk).exists()
