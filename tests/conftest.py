import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests.factories.home import make_site_with_home  # noqa: E402


@pytest.fixture
def home_page(db):
    return make_site_with_home()


@pytest.fixture(autouse=True)
def steady_rate_limit_clock():
    """Rate limits count in fixed windows; a test that crosses a window's edge would see its count reset.
    Pin the limiter's clock (tests of window expiry patch it again themselves)."""
    from unittest import mock

    with mock.patch("accounts.ratelimit.time.time", return_value=1_800_000_000.0):
        yield
