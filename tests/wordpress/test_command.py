"""The command's safety: dry run, --update, bad files and folders, one transaction per post."""

import io
import subprocess
import sys

import pytest

from django.conf import settings
from django.core.management import CommandError, call_command

from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page

from authors.models import Author
from tests.factories.blog import make_blog
from wordpress.models import ImportedPost

from .conftest import EXPORT, UPLOADS, item, write_export

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


def run(path, *args):
    out = io.StringIO()
    call_command("import_wordpress", str(path), *args, stdout=out)
    return out.getvalue()


def test_dry_run_changes_nothing_and_says_what_would_happen(blog):
    pages, redirects = Page.objects.count(), Redirect.objects.count()
    output = run(EXPORT, "--media-dir", str(UPLOADS), "--dry-run")
    assert "Dry run: nothing was saved. This is what the import would do:" in output
    assert "posts      8 created, 0 updated, 0 unchanged, 3 skipped" in output
    assert "pictures   4 created" in output
    assert "1/10 created: Talking about drinking without a fight (WordPress 101)" in output
    assert (Page.objects.count(), Redirect.objects.count()) == (pages, redirects)
    assert not Author.objects.exists() and not ImportedPost.objects.exists()
    assert not get_image_model().objects.exists()


def test_update_changes_only_what_changed_and_creates_no_duplicate(blog, tmp_path):
    export = write_export(tmp_path, item(1, title="First title") + item(2, title="Second"))
    run(export)
    original = ImportedPost.objects.get(wordpress_id=1).page
    changed = write_export(tmp_path, item(1, title="Better title") + item(2, title="Second"), name="changed.xml")

    without_update = run(changed)
    assert "posts      0 created, 0 updated, 1 unchanged, 1 skipped" in without_update
    assert "changed since it was imported; run with --update" in without_update

    output = run(changed, "--update")
    assert "posts      0 created, 1 updated, 1 unchanged, 0 skipped" in output
    page = ImportedPost.objects.get(wordpress_id=1).page
    assert page.pk == original.pk and page.title == "Better title"
    assert page.live and page.live_revision.content["title"] == "Better title"
    assert Page.objects.child_of(blog).count() == 2
    assert Author.objects.count() == 1
    assert Redirect.objects.filter(old_path="/?p=1").count() == 1


def test_slugs_the_blog_refuses_get_a_valid_one_and_the_old_addresses_still_redirect(blog, tmp_path, client):
    output = run(write_export(tmp_path, item(1, slug="2017") + item(2, slug="feed")))
    assert "posts      2 created, 0 updated, 0 unchanged, 0 skipped" in output
    year, feed = (ImportedPost.objects.get(wordpress_id=n).page for n in (1, 2))
    assert (year.slug, feed.slug) == ("post-2017", "feed-2")
    assert year.url == "/blog/post-2017/"
    for old, page in [("/2017/", year), ("/2020/05/2017/", year), ("/?p=1", year), ("/2020/05/feed/", feed)]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, page.url), old
    assert client.get(year.url).status_code == 200


def test_a_post_that_fails_is_skipped_and_the_others_are_imported(blog, tmp_path):
    bad_date = item(2).replace("2020-05-01 10:00:00", "yesterday").replace("2020-05-01 17:00:00", "")
    output = run(write_export(tmp_path, item(1) + bad_date + item(3)))
    assert "posts      2 created, 0 updated, 0 unchanged, 1 skipped" in output
    assert "(WordPress post 2, line " in output
    assert Page.objects.child_of(blog).count() == 2
    assert all(problems == [] for problems in Page.find_problems())


def test_keywords_as_tags(blog, tmp_path):
    body = "Text.\n\nKeywords: hope, family"
    run(write_export(tmp_path, item(1, content=body)), "--keywords-as-tags")
    assert sorted(ImportedPost.objects.get().page.specific.tags.names()) == ["family", "hope"]


def test_a_picture_outside_the_media_folder_is_never_read(blog, tmp_path):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes((UPLOADS / "2017/12/kitchen-table.jpg").read_bytes())
    media = tmp_path / "uploads"
    media.mkdir()
    body = '<img src="https://old.example/wp-content/uploads/../secret.jpg">'
    output = run(write_export(tmp_path, item(1, content=body)), "--media-dir", str(media), "-v", "2")
    assert not get_image_model().objects.exists()
    assert "picture not found in the media folder" in output


def test_a_file_that_is_not_a_picture_is_skipped(blog, tmp_path):
    media = tmp_path / "uploads"
    (media / "2020").mkdir(parents=True)
    (media / "2020" / "fake.jpg").write_text("not a picture")
    body = '<img src="https://old.example/wp-content/uploads/2020/fake.jpg">'
    output = run(write_export(tmp_path, item(1, content=body)), "--media-dir", str(media))
    assert "2020/fake.jpg: not a readable picture" in output
    assert ImportedPost.objects.count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-file.xml"], "no-such-file.xml: no such file"),
        ([str(EXPORT), "--media-dir", "/no/such/folder"], "the media folder /no/such/folder does not exist"),
    ],
)
def test_bad_arguments(blog, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("import_wordpress", *args, stdout=io.StringIO())


def test_no_blog_to_import_into(db):
    with pytest.raises(CommandError, match="there is no blog to import into"):
        run(EXPORT)


def test_a_malformed_file_exits_non_zero_with_one_line_and_no_traceback(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text(EXPORT.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    result = subprocess.run(  # noqa: S603 (our own manage.py with a path we made)
        [sys.executable, "manage.py", "import_wordpress", str(broken)],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "settings.test", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith(f"CommandError: {broken}, line ")
    assert "the file ends too early" in result.stderr
    assert "Traceback" not in result.stderr
