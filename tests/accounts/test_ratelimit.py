"""The fixed-window rate limiter shared by the public forms, in the database or in Redis."""

from unittest import mock

import pytest

from django.core.cache import caches
from django.db import DatabaseError
from django.test import RequestFactory

from accounts import ratelimit
from accounts.models import RateLimitCount
from tests.redis_server import own_prefix_on


@pytest.fixture(autouse=True)
def small_limits(settings, db):
    settings.RATE_LIMITS = {"login": (3, 60), "join": (1, 600)}


def request_from(remote_addr="192.0.2.10", forwarded_for=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().post("/accounts/login/", **extra)


class TestHit:
    def test_allows_up_to_the_limit_then_refuses(self):
        assert [ratelimit.hit("login", "192.0.2.10") for _ in range(5)] == [True, True, True, False, False]

    def test_keys_and_scopes_are_counted_apart(self):
        for _ in range(3):
            ratelimit.hit("login", "192.0.2.10")
        assert ratelimit.hit("login", "192.0.2.11")
        assert ratelimit.hit("join", "192.0.2.10")

    def test_a_new_window_starts_a_new_count(self):
        with mock.patch("accounts.ratelimit.time.time", return_value=6_000):
            for _ in range(3):
                ratelimit.hit("login", "192.0.2.10")
            assert not ratelimit.hit("login", "192.0.2.10")
        with mock.patch("accounts.ratelimit.time.time", return_value=6_060):
            assert ratelimit.hit("login", "192.0.2.10")

    def test_the_store_never_holds_the_raw_address_or_email(self):
        ratelimit.hit("login", "192.0.2.10")
        ratelimit.hit("join", "robin.parent@example.com")
        keys = " ".join(RateLimitCount.objects.values_list("key", flat=True))
        assert "ratelimit:login:" in keys
        assert "192.0.2.10" not in keys
        assert "robin" not in keys

    def test_a_store_outage_lets_requests_through(self):
        with mock.patch.object(RateLimitCount.objects, "filter", side_effect=DatabaseError("database is down")):
            assert all(ratelimit.hit("join", "192.0.2.10") for _ in range(3))

    def test_ended_windows_are_purged(self):
        with mock.patch("accounts.ratelimit.time.time", return_value=6_000):
            ratelimit.hit("login", "192.0.2.10")
        ratelimit.hit("login", "192.0.2.11")
        assert ratelimit.purge_expired() == 1
        assert RateLimitCount.objects.count() == 1


@pytest.fixture
def redis_store(settings):
    """The production store: Redis, when a server is reachable, counting under a key prefix of the test's own."""
    location = "redis://127.0.0.1:6379/2"
    with own_prefix_on(location, "ratelimit-test") as prefix:
        settings.CACHES = {
            **settings.CACHES,
            "ratelimit": {
                "BACKEND": "django_redis.cache.RedisCache",  # as production (settings/base.py)
                "LOCATION": location,
                "KEY_PREFIX": prefix,
            },
        }
        yield caches["ratelimit"]


class TestRedisStore:
    def test_counts_in_redis_and_not_in_the_database(self, redis_store):
        assert [ratelimit.hit("login", "192.0.2.10") for _ in range(4)] == [True, True, True, False]
        assert not RateLimitCount.objects.exists()

    def test_a_key_that_expires_between_add_and_incr_starts_again_at_one(self, redis_store):
        with mock.patch.object(type(redis_store), "incr", side_effect=ValueError("missing key")):
            assert ratelimit.hit("join", "192.0.2.10")

    def test_a_redis_outage_lets_requests_through(self, redis_store):
        with mock.patch.object(type(redis_store), "add", side_effect=ConnectionError("redis is down")):
            assert all(ratelimit.hit("join", "192.0.2.10") for _ in range(3))


class TestClientIp:
    def test_remote_addr_by_default_and_forwarded_for_ignored(self):
        assert ratelimit.client_ip(request_from(forwarded_for="203.0.113.5")) == "192.0.2.10"

    @pytest.mark.parametrize(
        ("proxies", "forwarded_for", "expected"),
        [
            (1, "203.0.113.5", "203.0.113.5"),
            (1, "198.51.100.1, 203.0.113.5", "203.0.113.5"),  # the first entry is the client's own claim
            (2, "198.51.100.1, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
            (2, "203.0.113.5", "192.0.2.10"),  # fewer entries than proxies: not trustworthy
            (1, "", "192.0.2.10"),
        ],
    )
    def test_forwarded_for_is_read_through_the_trusted_proxies_only(self, settings, proxies, forwarded_for, expected):
        settings.TRUSTED_PROXY_COUNT = proxies
        assert ratelimit.client_ip(request_from(forwarded_for=forwarded_for)) == expected


@pytest.mark.django_db
def test_the_429_page_is_friendly_and_points_to_the_crisis_lines(home_page):
    response = ratelimit.too_many_requests(request_from(), "join")
    html = " ".join(response.content.decode().split())
    assert response.status_code == 429
    assert response["Retry-After"] == "600"
    assert "no-store" in response["Cache-Control"]
    assert "Please wait a few minutes" in html
    assert "about 10 minutes" in html
    assert "crisis lines at the top of this page are always available" in html
    assert 'aria-label="Crisis support"' in html
    assert "988" in html
