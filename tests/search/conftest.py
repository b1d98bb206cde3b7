import pytest

from django.core.management import call_command

from blog.models import BlogPostPage
from search.models import Synonym
from tests.search.builder import build_judged_corpus
from tests.search.corpus import POSTS


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()


def rebuild_site_index():
    call_command("update_index", backend_name="site", verbosity=0)


@pytest.fixture
def corpus(home_page):
    """The judged corpus: 34 posts and 4 modules written for the relevance tests, indexed as after a rebuild."""
    blog = build_judged_corpus(home_page)
    rebuild_site_index()
    assert BlogPostPage.objects.count() == len(POSTS)
    assert Synonym.objects.exists()  # the seeded list, from the data migration
    return blog


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/search/" in str(item.fspath):
            item.add_marker(pytest.mark.search_index)
