"""Search's query budget: a search costs as many queries with 12 matching posts as with 3, on each of its paths.

The posts are built once for the module (3, every path measured; 9 more, every path measured again), in the
module's own rolled-back transaction; each test checks one path's two counts.
"""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from search.models import SearchQueryLog
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.home import make_site_with_home

QUERY_PATHS = [("steady", "all words", 17), ("steady zebra hope", "any word", 20), ("stedy", "did you mean", 20)]


@pytest.fixture(scope="module")
def search_query_counts(module_db):
    """{q: [queries with 3 matching posts, with 12]}: the posts are built once for the three searches' paths."""
    blog = make_blog(make_site_with_home())
    counts = {}
    for n in (3, 9):
        for i in range(n):
            BlogPostPageFactory(parent=blog, title=f"Steady hope {n}-{i}", authors=[AuthorFactory(), AuthorFactory()])
        client = Client()
        for q, _, _ in QUERY_PATHS:
            cache.clear()
            client.get("/search/", {"q": "warmup"})
            SearchQueryLog.objects.all().delete()  # the first search of the day inserts its log row, later ones update
            with CaptureQueriesContext(connection) as queries:
                assert client.get("/search/", {"q": q}).status_code == 200
            counts.setdefault(q, []).append(len(queries))
    return counts


@pytest.mark.django_db
@pytest.mark.parametrize(("q", "path", "budget"), QUERY_PATHS)
def test_query_count_does_not_grow_with_results(search_query_counts, q, path, budget):
    """Pinned at two corpus sizes: the second search of the any-word and corrected paths costs 3 queries."""
    small, large = search_query_counts[q]
    assert small == large, (path, small, large)
    assert small == budget, (path, small)
