"""The learning index and a module page make the same number of queries however many modules there are."""

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from learning.models import ModuleProgress
from tests.factories.learning import LearningIndexPageFactory, LearningModulePageFactory, member_user, publish_reviewed


def count_queries(client, url):
    client.get(url)  # warm the caches a real site keeps warm (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache_off")
@pytest.mark.parametrize(
    ("as_member", "expected"),
    # (learning index, module page); members also load progress, answers (and any to undo), and record the visit
    # (and the site chrome: footer links, plans); each page reads its ancestors once for its BreadcrumbList
    [(False, (11, 14)), (True, (17, 25))],
    ids=["anonymous", "member"],
)
def test_learning_pages_do_not_grow_with_modules(home_page, as_member, expected):
    index = LearningIndexPageFactory(parent=home_page)
    client = Client()
    user = member_user() if as_member else None
    if user:
        client.force_login(user)

    counts = {}
    reviewed = LearningModulePageFactory(parent=index)
    publish_reviewed(reviewed)  # its page says who reviewed it: one query, with the reviewer's profile
    for total in (3, 9):
        while index.get_children().count() < total:
            module = LearningModulePageFactory(parent=index)
            if user:
                ModuleProgress.mark_complete(user, module)
        counts[total] = (count_queries(client, index.url), count_queries(client, reviewed.url))

    assert counts[3] == counts[9] == expected, counts


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache_off")
def test_module_pictures_are_read_in_one_query_however_many_modules(home_page):
    """Each module with its own picture: the index reads every module's card files at once (prefetched), not one
    query per module once Wagtail's rendition cache is empty (15 queries with 3 modules and 21 with 9 before)."""
    from django.core.cache import cache

    from tests.factories.images import ImageFactory

    index = LearningIndexPageFactory(parent=home_page)
    client = Client()
    counts = {}
    for total in (3, 9):
        while index.get_children().count() < total:
            LearningModulePageFactory(parent=index, teaser_image=ImageFactory())
        client.get(index.url)  # the pictures' files are made (their tasks ran on a real site)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index.url).status_code == 200
        counts[total] = len(queries)
    assert counts[3] == counts[9] == 13, counts
