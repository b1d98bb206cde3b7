"""Posts are saved a batch at a time, each in its own savepoint: a post that fails leaves nothing behind, neither in
the database nor in what the importer remembers for the posts after it."""

import io
from unittest import mock

import pytest

from django.core.management import call_command
from django.db import IntegrityError

from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page

from authors.models import Author
from tests.factories.blog import make_blog
from wordpress import importer
from wordpress.models import ImportedPost

from .conftest import UPLOADS, item, write_export

pytestmark = pytest.mark.django_db

PICTURE = "https://old.example/wp-content/uploads/2017/12/kitchen-table.jpg"
WITH_CREDIT = f'<p><img src="{PICTURE}" alt="A table"></p>\n\n© Alexas_fotos via pixabay\n\n<p>More text.</p>'


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


def run(path, *args):
    out = io.StringIO()
    call_command("import_wordpress", str(path), "--media-dir", str(UPLOADS), *args, stdout=out)
    return out.getvalue()


def failing_on_call(real, number=1, *, after_calling=False):
    """`real`, except that its `number`th call fails as a database error would (once `real` has run, with
    `after_calling`): half-way through a post."""
    calls = []

    def call(*args, **kwargs):
        calls.append(args)
        if len(calls) != number:
            return real(*args, **kwargs)
        if after_calling:
            real(*args, **kwargs)
        raise IntegrityError("the database refused the post")

    return call


def test_a_post_that_fails_after_creating_its_author_and_picture_takes_them_back(blog, tmp_path):
    """The first post creates an author (not listed in the export's header) and a picture with a credit, then
    fails. The second post, by the same author with the same picture and credit, must not point at the rolled-back
    author or picture, and the credit must be stored (regression: they stayed in the importer's memory)."""
    export = write_export(tmp_path, item(1, content=WITH_CREDIT) + item(2, content=WITH_CREDIT))
    # The second credit recorded is the first post's picture's: stored, then the post fails.
    failing = failing_on_call(importer.record_image_credit, 2, after_calling=True)
    with mock.patch.object(importer, "record_image_credit", failing):
        output = run(export, "-v", "2")
    assert "authors    1 created, 0 updated, 0 unchanged, 0 skipped" in output
    assert "pictures   1 created, 0 updated, 0 unchanged, 0 skipped" in output
    assert "posts      1 created, 0 updated, 0 unchanged, 1 skipped" in output
    assert "(WordPress post 1, line 4): the database refused the post" in output
    page = ImportedPost.objects.get().page
    assert [author.name for author in page.authors] == ["writer"]
    assert Author.objects.count() == 1
    image = get_image_model().objects.get()
    assert image.credit == "© Alexas_fotos via pixabay"
    assert not Redirect.objects.filter(old_path="/post-1").exists()
    assert Redirect.objects.filter(old_path="/post-2", redirect_page=page).exists()
    assert all(problems == [] for problems in Page.find_problems())


def test_a_batch_that_cannot_commit_is_imported_again_one_post_at_a_time(blog, tmp_path):
    export = write_export(tmp_path, item(1) + item(2) + item(3))
    with mock.patch.object(
        importer.WordPressImporter, "end_batch", failing_on_call(importer.WordPressImporter.end_batch)
    ):
        output = run(export)
    assert "posts      3 created, 0 updated, 0 unchanged, 0 skipped" in output
    assert "redirects  " in output
    assert sorted(ImportedPost.objects.values_list("wordpress_id", flat=True)) == [1, 2, 3]
    blog.refresh_from_db()
    assert blog.numchild == blog.get_children().count() == 3
    assert all(problems == [] for problems in Page.find_problems())


def test_a_post_that_cannot_commit_on_its_own_is_skipped(blog, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    export = write_export(tmp_path, item(1) + item(2) + item(3))
    real_end = importer.WordPressImporter.end_batch

    def refuse_post_2(self):
        if any(row.wordpress_id == 2 for row in self.new_rows if isinstance(row, ImportedPost)):
            raise IntegrityError("refused at commit")
        real_end(self)

    with mock.patch.object(importer.WordPressImporter, "end_batch", refuse_post_2):
        output = run(export)
    assert "posts      2 created, 0 updated, 0 unchanged, 1 skipped" in output
    assert "(WordPress post 2, line 19): refused at commit" in output
    assert sorted(ImportedPost.objects.values_list("wordpress_id", flat=True)) == [1, 3]
    assert all(problems == [] for problems in Page.find_problems())


def test_an_old_address_too_long_for_a_redirect_is_reported_and_the_post_imported(blog, tmp_path):
    slug = "a-very-long-address-" * 15  # 300 characters: a redirect holds 255
    output = run(write_export(tmp_path, item(1, slug=slug)))
    assert "posts      1 created, 0 updated, 0 unchanged, 0 skipped" in output
    assert "longer than the 255 characters a redirect holds" in output
    page = ImportedPost.objects.get().page
    assert Redirect.objects.filter(old_path="/?p=1", redirect_page=page).exists()
    assert not Redirect.objects.filter(old_path__startswith=f"/{slug[:50]}").exists()
