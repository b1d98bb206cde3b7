import os

import pytest

from django.db import transaction

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests import database_template  # noqa: E402
from tests.factories.home import make_site_with_home, remove_wagtail_welcome_page  # noqa: E402


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Keep pytest-django's order (database tests, then those that flush it, then the rest) but start the tests
    marked `long` first within their group: a worker that picks one up late would otherwise finish alone."""
    run, previous = 0, None
    for item in items:
        flushes = _flushes_the_database(item)
        if flushes != previous:
            run, previous = run + 1, flushes
        item.stash[_RUN] = run
    items.sort(key=lambda item: (item.stash[_RUN], item.get_closest_marker("long") is None))


_RUN = pytest.StashKey[int]()


def _flushes_the_database(item):
    marker = item.get_closest_marker("django_db")
    transactional = marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    return bool(transactional) or bool({"transactional_db", "live_server"} & set(item.fixturenames))


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, django_db_blocker, request):
    """Start each run (and each xdist worker) from a copy of the migrated template (tests/database_template.py)."""
    if database_template.uses_sqlite():
        copy = database_template.copy_template_to_test_database()
        yield
        copy.unlink(missing_ok=True)
    elif database_template.uses_postgresql() and not _keeps_or_recreates(request):
        with django_db_blocker.unblock():
            drop = database_template.clone_template_to_test_database()
        yield
        with django_db_blocker.unblock():
            drop()
    else:
        yield


def _keeps_or_recreates(request):
    """--reuse-db keeps the test database between runs; --create-db asks for one migrated from nothing."""
    return request.config.getvalue("reuse_db") or request.config.getvalue("create_db")


@pytest.fixture(scope="session")
def django_db_keepdb(request):
    """Keep the copied template: pytest-django then applies only migrations it lacks (none) instead of all."""
    return request.config.getvalue("reuse_db") or database_template.uses_sqlite() or database_template.uses_postgresql()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The migrated database, without Wagtail's welcome page (see remove_wagtail_welcome_page)."""
    with django_db_blocker.unblock():
        remove_wagtail_welcome_page()


@pytest.fixture
def home_page(db):
    return make_site_with_home()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back after its last test. A module-scoped fixture that
    asks for it builds data the module's tests only read once, instead of before every test; each test still runs
    in its own savepoint (mark it `django_db`). Not for transactional tests: they flush the database."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def steady_rate_limit_clock():
    """Rate limits count in fixed windows; a test that crosses a window's edge would see its count reset.
    Pin the limiter's clock (tests of window expiry patch it again themselves)."""
    from unittest import mock

    with mock.patch("accounts.ratelimit.time.time", return_value=1_800_000_000.0):
        yield


@pytest.fixture
def page_cache_off(settings):
    """For tests that count the queries of a page's own work: every request renders, none is answered by the page
    cache (home/page_cache.py), which the test's warm-up request would otherwise fill."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached fragments are keyed by page ids, which the next test's
    database may give to other pages."""
    from django.core.cache import cache

    cache.clear()
