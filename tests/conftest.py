import os
from pathlib import Path
from unittest import mock

import pytest

from django.db import transaction
from django.test import TransactionTestCase

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests import database_template  # noqa: E402
from tests.factories.home import make_site_with_home, remove_wagtail_welcome_page  # noqa: E402


def pytest_itemcollected(item):
    """Tests that share data built once for their module or class run on one xdist worker (`make test` hands out
    work with --dist loadgroup): otherwise each worker would build it again."""
    group = _shared_data_group(item)
    item.stash[_GROUP] = group
    if group and getattr(item.config.option, "loadgroup", False):
        item.add_marker(pytest.mark.xdist_group(group))
        # pytest-xdist 3.8 tells the scheduler a test's group by appending "@group" to its node id, but it writes
        # the id's old attribute, which pytest 9 no longer reads: the group was silently ignored.
        item._id = type(item._id).parse(f"{item.nodeid}@{group}")


def _shared_data_group(item):
    """The module or class whose fixture (one of ours, not a plugin's) this test shares, if any."""
    for definitions in item._fixtureinfo.name2fixturedefs.values():
        fixture = definitions[-1]
        if fixture.scope in ("module", "class", "package") and Path(fixture.baseid or ".").parts[:1] == ("tests",):
            node = item.getparent(pytest.Class) if fixture.scope == "class" else None
            return (node or item.getparent(pytest.Module)).nodeid.replace("/", ".")
    return None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests that need no database first (they run while the migrated template is still being made, see
    pytest_sessionstart), then pytest-django's order (database tests, then those that flush it); within each of
    those runs the tests marked `long` and the groups sharing data start first: a worker that picks one up late
    would otherwise finish alone."""
    run, previous = 0, None
    for item in items:
        flushes = _flushes_the_database(item)
        if flushes != previous:
            run, previous = run + 1, flushes
        item.stash[_RUN] = run if _uses_the_database(item) else 0
    items.sort(key=lambda item: (item.stash[_RUN], not _starts_early(item)))
    if not hasattr(config, "workerinput") and not _hands_out_work(config) and any(map(_uses_the_database, items)):
        _make_the_template_meanwhile()


def pytest_sessionstart(session):
    """pytest-xdist's controller starts making the template before its workers even start: their first database
    test waits for it, their tests that need none run meanwhile."""
    if _hands_out_work(session.config):
        _make_the_template_meanwhile()


def _hands_out_work(config):
    return not hasattr(config, "workerinput") and getattr(config.option, "dist", "no") != "no"


def _make_the_template_meanwhile():
    """SQLite only: the PostgreSQL template is made with queries that pytest-django blocks outside a test."""
    if database_template.uses_sqlite():
        _MAKING_THE_TEMPLATE.append(database_template.make_template_in_background())


def pytest_sessionfinish(session):
    """A run that needed no database (or stopped early) still waits for the template it started."""
    for thread in _MAKING_THE_TEMPLATE:
        thread.join()


_MAKING_THE_TEMPLATE = []


def _starts_early(item):
    return item.get_closest_marker("long") is not None or item.stash.get(_GROUP, None) is not None


_RUN = pytest.StashKey[int]()
_GROUP = pytest.StashKey[str | None]()
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}


def _flushes_the_database(item):
    marker = item.get_closest_marker("django_db")
    transactional = marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    return bool(transactional) or bool({"transactional_db", "live_server"} & set(item.fixturenames))


def _uses_the_database(item):
    """As pytest-django decides it: a django_db mark, a database fixture, or a Django test case class."""
    test_case = getattr(item, "cls", None)
    if test_case and issubclass(test_case, TransactionTestCase):
        return True
    return item.get_closest_marker("django_db") is not None or bool(
        (DATABASE_FIXTURES | {"live_server"}) & set(item.fixturenames)
    )


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
    """The migrated database, without Wagtail's welcome page (see remove_wagtail_welcome_page). On SQLite,
    transactional tests are undone by copying it back (database_template.StartingState) instead of a flush."""
    with django_db_blocker.unblock():
        remove_wagtail_welcome_page()
        starting_state = database_template.StartingState() if database_template.uses_sqlite() else None
    if starting_state is None:
        yield
        return
    flush = TransactionTestCase._fixture_teardown

    def copy_back_or_flush(test_case):
        if test_case.available_apps is None and not test_case.serialized_rollback:
            starting_state.restore()
        else:
            flush(test_case)

    with mock.patch.object(TransactionTestCase, "_fixture_teardown", copy_back_or_flush):
        yield


@pytest.fixture
def home_page(db):
    return make_site_with_home()


@pytest.fixture(scope="module")
def module_home_page(module_db):
    """The site and its home page, built once for a test module whose tests only read what is built under it."""
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


class _NoTask:
    """Stands in for an indexing task: nothing is enqueued."""

    @staticmethod
    def enqueue(*args, **kwargs):
        return None


@pytest.fixture(autouse=True)
def search_and_reference_indexes(request):
    """Saving a page or snippet updates two search indexes and Wagtail's reference index, about a third of what a
    factory-built page costs. Tests that search, or render what search finds (mark them `search_index`; the browser
    and search tests are), keep both as the site has them; for every other test saving updates neither."""
    if request.node.get_closest_marker("search_index") or request.node.get_closest_marker("browser"):
        yield
        return
    with (
        mock.patch("modelsearch.signal_handlers.insert_or_update_object_task", _NoTask),
        mock.patch("wagtail.signal_handlers.update_reference_index_task", _NoTask),
    ):
        yield
