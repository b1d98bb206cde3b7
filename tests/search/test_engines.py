"""The database engines: their own structures, as `migrate` leaves them, and ranking in tiers."""

import pytest

from django.db import connection
from django.test import Client

from search.engines import get_engine
from search.engines.base import ENTRIES
from search.engines.sqlite import FTS, FTS_COLUMNS
from search.models import SearchEntry
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.search.builder import title_and_body_matches


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage of the search vectors")
@pytest.mark.parametrize(
    ("column", "index"), [("vector", "search_entry_vector_gin"), ("head", "search_entry_head_gin")]
)
def test_postgres_keeps_each_vector_in_the_row_and_indexes_it(column, index):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attname = %s", [ENTRIES, column]
        )
        assert cursor.fetchone() == ("m",)  # MAIN: matching and ranking never fetch it from the TOAST table
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [index])
        assert f"gin ({column})" in cursor.fetchone()[0]


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


def found(q, **params):
    response = Client().get("/search/", {"q": q, **params})
    assert response.status_code == 200
    return response


def titles(response):
    return [result.title for result in response.context["results"]]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's title and summary vector")
def test_postgres_setup_gives_older_entries_their_title_and_summary_vector(blog):
    BlogPostPageFactory(parent=blog, title="Naloxone at home", intro="Keep it where you can reach it.")
    SearchEntry.objects.update(head=None)  # as entries stored before the column existed
    with connection.cursor() as cursor:  # as after migrate: no deferred checks pending (PostgreSQL refuses DDL)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    get_engine().setup()
    assert not SearchEntry.objects.filter(head__isnull=True).exists()
    assert titles(found("naloxone")) == ["Naloxone at home"]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table")
def test_sqlite_setup_rebuilds_an_older_full_text_table_from_the_entries(blog):
    BlogPostPageFactory(parent=blog, title="Naloxone at home", intro="Keep it where you can reach it.")
    with connection.cursor() as cursor:  # the table as it was before it held each entry's kind
        cursor.execute(f"DROP TABLE {FTS}")
        cursor.execute(f"CREATE VIRTUAL TABLE {FTS} USING fts5(title, summary, body)")
    get_engine().setup()
    with connection.cursor() as cursor:
        assert [row[1] for row in cursor.execute(f"PRAGMA table_info({FTS})").fetchall()] == list(FTS_COLUMNS)
    response = found("naloxone")
    assert titles(response) == ["Naloxone at home"] and response.context["counts"]["blog"] == 1


@pytest.mark.django_db
class TestTiers:
    """Title and summary matches are ranked first; body-only matches fill the page after them, counted exactly."""

    @pytest.fixture
    def posts(self, blog):
        title_and_body_matches(blog, in_title=2, in_body=12)
        hidden = BlogPostPageFactory(parent=blog, title="Naloxone draft", intro="Not ready.")
        hidden.unpublish()
        hidden_body = BlogPostPageFactory(
            parent=blog,
            title="Another evening",
            body=[("paragraph", "<p>Naloxone again, in a post taken down.</p>")],
        )
        hidden_body.unpublish()

    def test_title_matches_come_first_and_body_matches_fill_the_page(self, posts):
        response = found("naloxone")
        shown = titles(response)
        assert set(shown[:2]) == {"Naloxone guide 0", "Naloxone guide 1"}
        assert len(shown) == 10 and all(title.startswith("An ordinary evening") for title in shown[2:])
        assert response.context["counts"]["blog"] == 14

    def test_a_page_past_the_title_matches_holds_body_matches_only(self, posts):
        first, second = titles(found("naloxone")), titles(found("naloxone", page=2))
        assert len(second) == 4 and all(title.startswith("An ordinary evening") for title in second)
        assert not set(first) & set(second)

    def test_hidden_pages_are_neither_counted_nor_listed_in_either_tier(self, posts):
        for response in (found("naloxone"), found("naloxone", page=2), found("naloxone", type="blog")):
            assert not {"Naloxone draft", "Another evening"} & set(titles(response))
            assert response.context["counts"]["blog"] == 14
