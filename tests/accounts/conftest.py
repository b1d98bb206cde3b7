import pytest

from django.core.cache import cache


@pytest.fixture(autouse=True)
def site_and_fresh_limits(home_page):
    """Every test gets a site (the pages show its crisis bar) and empty rate-limit counters."""
    cache.clear()
    yield
    cache.clear()
