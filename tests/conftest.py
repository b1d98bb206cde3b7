import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from tests.factories.home import make_site_with_home  # noqa: E402


@pytest.fixture
def home_page(db):
    return make_site_with_home()
