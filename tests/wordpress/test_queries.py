"""Query budget of an import: each post costs the same number of queries with 4 posts as with 12 (nothing is read
again per post that a batch or the run can read once).

A post's 15 queries: two savepoints (its own and the page save's) with their releases, the page's two rows, one
insert each for its authors, tags and categories, its revision and the page's pointer to it; then, when the run
ends, each of the two search indexes reads the picture in its body, and its reference index entry is read and
written. Per batch: the posts imported before, the slugs in use and the stored redirects are read, the
import records, log entries and redirects are inserted, and the blog's child count goes up.

What the run costs once differs by database: on SQLite Wagtail's search backend reads its index entries before
writing them, and this project's full-text table is written as a delete and an insert where PostgreSQL updates one
column (150 queries for 4 posts on SQLite, 145 on PostgreSQL). The cost per post is the same on both.
"""

import pytest

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tests.factories.blog import make_blog
from wordpress.importer import WordPressImporter

from .conftest import UPLOADS, item, write_export

pytestmark = pytest.mark.django_db

PICTURE = "https://old.example/wp-content/uploads/2017/12/kitchen-table.jpg"
BODY = f'<p>Some words.</p>\n\n<p><img src="{PICTURE}" alt="A table"></p>\n\n<h2>A heading</h2>\n\n<p>More.</p>'
TERMS = (
    '<category domain="category" nicename="craft"><![CDATA[CRAFT]]></category>'
    '<category domain="post_tag" nicename="hope"><![CDATA[hope]]></category>'
    '<category domain="post_tag" nicename="family"><![CDATA[family]]></category>'
)
PER_POST = 15
# 4 posts, and what the run and its one batch cost once
FEW = {"sqlite": 150, "postgresql": 145}


def queries_to_import(tmp_path, posts):
    """The queries of importing `posts` posts into the empty blog, rolled back afterwards."""
    tmp_path.mkdir()
    export = write_export(tmp_path, "".join(item(number, content=BODY, extra=TERMS) for number in range(1, posts + 1)))
    with transaction.atomic():
        with CaptureQueriesContext(connection) as captured:
            summary = WordPressImporter(str(export), media_dir=UPLOADS).run()
        assert summary.counts["post"]["created"] == posts
        transaction.set_rollback(True)
    return len(captured)


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


def test_each_post_costs_the_same_queries_at_two_sizes(blog, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    queries_to_import(tmp_path / "warm-up", 1)  # content types and other per-process caches
    few, many = queries_to_import(tmp_path / "few", 4), queries_to_import(tmp_path / "many", 12)
    assert (many - few) / 8 == PER_POST, (few, many)
    assert (few, many) == (FEW[connection.vendor], FEW[connection.vendor] + 8 * PER_POST)
