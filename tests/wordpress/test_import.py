"""Importing the fixture export: every mapping, then a second run that changes nothing."""

import datetime
import io

import pytest

from django.core.management import call_command
from django.test import TestCase

from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from authors.models import Author
from blog.models import BlogCategory
from tests.factories.blog import make_blog
from tests.factories.home import make_site_with_home
from wordpress.models import ImportedAuthor, ImportedImage, ImportedPost

from .conftest import EXPORT, UPLOADS

pytestmark = pytest.mark.search_index  # searches, or renders what search finds


def run_import(*args):
    out = io.StringIO()
    call_command("import_wordpress", str(EXPORT), "--media-dir", str(UPLOADS), *args, stdout=out)
    return out.getvalue()


def post(wordpress_id):
    return ImportedPost.objects.get(wordpress_id=wordpress_id).page.specific


class ImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.blog = make_blog(make_site_with_home())
        cls.output = run_import()

    def test_summary_counts_each_kind(self):
        assert "authors    3 created, 0 updated, 0 unchanged, 0 skipped" in self.output
        assert "categories 3 created, 0 updated, 0 unchanged, 1 skipped" in self.output
        assert "tags       4 created, 0 updated, 0 unchanged, 0 skipped" in self.output
        assert "pictures   4 created, 0 updated, 0 unchanged, 0 skipped" in self.output
        assert "posts      8 created, 0 updated, 0 unchanged, 3 skipped" in self.output
        assert (
            "skipped post: “Staff rota (private)” (WordPress post 107, line 253): private posts are not imported"
            in (self.output)
        )
        assert "password-protected" in self.output
        assert "skipped post: About us: a WordPress page" in self.output

    def test_authors_are_snippets_remembered_by_login(self):
        assert sorted(Author.objects.values_list("name", flat=True)) == ["Dana Reyes", "José Núñez", "Maria Lopez"]
        assert ImportedAuthor.objects.get(login="jose.nunez").author.slug == "jose-nunez"
        assert [author.name for author in post(108).authors] == ["José Núñez", "Dana Reyes"]  # a co-author

    def test_categories_and_tags(self):
        assert sorted(BlogCategory.objects.values_list("slug", flat=True)) == ["craft", "family-stories", "podcast"]
        assert BlogCategory.objects.get(slug="craft").description == "Community Reinforcement and Family Training."
        assert sorted(post(101).categories.values_list("name", flat=True)) == ["CRAFT", "Family Stories"]
        assert sorted(post(101).tags.names()) == ["boundaries", "communication"]
        assert Tag.objects.filter(name="español").exists()
        assert not BlogCategory.objects.filter(slug="uncategorized").exists()

    def test_a_published_post_keeps_its_dates_intro_and_slug(self):
        page = post(101)
        assert page.live and not page.has_unpublished_changes
        assert page.title == "Talking about drinking without a fight"
        assert page.slug == "talking-without-a-fight"
        assert page.date == datetime.date(2017, 12, 4)
        assert page.updated == datetime.date(2018, 1, 15)
        assert page.first_published_at == datetime.datetime(2017, 12, 4, 16, 30, tzinfo=datetime.UTC)
        assert page.intro == "How to start the conversation you have been dreading, without a fight."
        assert page.live_revision is not None
        assert post(102).updated is None  # modified on the day it was published
        assert post(102).intro.startswith("For years I thought patience meant waiting.")

    def test_drafts_pending_and_scheduled_posts(self):
        draft, pending, scheduled = post(104), post(105), post(106)
        assert not draft.live and draft.has_unpublished_changes
        assert not pending.live
        assert draft.slug == "relapse-is-not-the-end-draft"  # WordPress drafts have no slug yet
        assert not scheduled.live
        go_live = datetime.datetime(2040, 6, 1, 14, 0, tzinfo=datetime.UTC)
        assert scheduled.go_live_at == go_live
        assert Revision.page_revisions.get(object_id=str(scheduled.pk)).approved_go_live_at == go_live

    def test_non_ascii_titles_and_slugs(self):
        page = post(108)
        assert page.title == "Où trouver de l’aide — ayuda en español"
        assert page.slug == "où-trouver-de-laide"
        assert "¿Preocupado por un ser querido?" in str(page.body)

    def test_featured_and_inline_pictures_come_from_the_media_folder_with_credits(self):
        page = post(101)
        assert page.featured_image.title == "Kitchen table"
        assert page.featured_image.width == 48
        # The typed credit line moved into the picture's credit field, out of the body.
        assert page.featured_image.credit == "© Alexas_fotos via pixabay"
        assert "Alexas" not in str(page.body.raw_data)
        assert "kitchen table talks" not in str(page.body.raw_data)  # the trailing keyword list
        image_model = get_image_model()

        image = next(block for block in post(102).body if block.block_type == "image")
        assert image.value["image"].title == "A walk in the park"  # found from its resized copy's address
        assert image.value["caption"] == "Our Sunday walks"
        assert image.value["image"].credit == "Dana Reyes"  # stored with the picture, shown wherever it appears
        assert image.value["credit"] == ""  # the block's own credit is only for a different one
        assert ImportedImage.objects.count() == image_model.objects.count() == 4

    def test_body_blocks_of_each_editor(self):
        assert [block.block_type for block in post(102).body] == [
            "paragraph", "heading", "image", "quote", "paragraph", "embed", "divider", "paragraph",
        ]  # fmt: skip
        assert [block.block_type for block in post(103).body] == ["paragraph", "image", "image", "image", "paragraph"]
        assert [block.block_type for block in post(109).body] == ["paragraph", "embed", "embed", "paragraph"]
        body = str(post(101).body.raw_data)
        assert "javascript" not in body and 'href="https://www.samhsa.gov/"' in body

    def test_posts_are_listed_and_served(self):
        assert self.client.get(post(101).url).status_code == 200
        feed = self.client.get("/blog/feed/").content.decode()
        assert "Talking about drinking without a fight" in feed
        assert "Relapse is not the end" not in feed and "Sleep and worry" not in feed
        assert "Staff rota" not in feed

    def test_posts_are_found_by_site_search(self):
        html = self.client.get("/search/", {"q": "dinner"}).content.decode()
        assert "Talking about drinking without a fight" in html
        assert "Staff rota" not in self.client.get("/search/", {"q": "internal"}).content.decode()

    def test_the_page_tree_is_sound(self):
        assert all(problems == [] for problems in Page.find_problems())
        assert Page.objects.child_of(self.blog).count() == 8

    def test_a_second_run_changes_nothing(self):
        pages, redirects, images = Page.objects.count(), Redirect.objects.count(), get_image_model().objects.count()
        output = run_import("--update")
        assert "posts      0 created, 0 updated, 8 unchanged, 3 skipped" in output
        assert "authors    0 created, 0 updated, 3 unchanged, 0 skipped" in output
        assert "pictures   0 created, 0 updated, 0 unchanged, 0 skipped" in output
        assert " 0 created, 0 updated" in output.split("redirects")[1]
        assert (Page.objects.count(), Redirect.objects.count(), get_image_model().objects.count()) == (
            pages,
            redirects,
            images,
        )
        assert Author.objects.count() == 3 and Tag.objects.count() == 4 and BlogCategory.objects.count() == 3


class RedirectTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_blog(make_site_with_home())
        run_import()

    def assert_redirects_to(self, old, new):
        response = self.client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == new, old

    def test_every_old_address_of_a_post(self):
        new = post(101).url
        for old in [
            "/2017/12/talking-without-a-fight/",
            "/2017/12/04/talking-without-a-fight/",
            "/talking-without-a-fight/",
            "/talking-without-a-fight",
            "/?p=101",
            "/?p=101&utm_source=newsletter",
            "/2017/12/talking-without-a-fight/kitchen-table/",  # its attachment page
            "/?attachment_id=201",
        ]:
            self.assert_redirects_to(old, new)
        self.assert_redirects_to("/?attachment_id=202", post(102).url)
        self.assert_redirects_to("/2019/04/o%C3%B9-trouver-de-laide/", post(108).url)

    def test_archives_feed_and_authors(self):
        self.assert_redirects_to("/category/craft/", "/blog/category/craft/")
        self.assert_redirects_to("/category/family-stories/podcast/", "/blog/category/podcast/")
        self.assert_redirects_to("/tag/relapse/", "/blog/tag/relapse/")
        self.assert_redirects_to("/feed/", "/blog/feed/")
        self.assert_redirects_to("/author/mlopez/", "/authors/maria-lopez/")

    def test_unknown_query_addresses_serve_the_page(self):
        assert self.client.get("/?p=999").status_code == 200
        assert self.client.get("/?p=abc").status_code == 200
        assert self.client.get("/?p=107").status_code == 200  # the private post was not imported
