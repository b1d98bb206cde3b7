"""The caches on Redis as production configures them (`settings.base.redis_caches`, django-redis): pages are
stored and invalidated there, and a Redis that cannot be reached leaves the site working uncached instead of
failing every request."""

import pytest
import redis

from django.core.cache import caches
from django.test import Client

from search.models import SearchQueryLog
from settings.base import redis_caches
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.redis_server import own_prefix_on

pytestmark = pytest.mark.django_db

UNREACHABLE = "redis://127.0.0.1:1/0"  # nothing listens on port 1: every connection is refused at once
REACHABLE = "redis://127.0.0.1:6379/3"


@pytest.fixture
def blog(home_page):
    blog = make_blog(home_page)
    BlogPostPageFactory(parent=blog, title="Talking when it is hard", slug="talking-when-it-is-hard")
    return blog


class TestRedisDown:
    @pytest.fixture(autouse=True)
    def unreachable(self, settings):
        settings.CACHES = redis_caches(UNREACHABLE, "down")
        settings.PAGE_CACHE_SECONDS = 300
        with pytest.raises(redis.ConnectionError):  # the premise: this Redis really cannot be reached
            caches["ratelimit"].get("anything")

    def test_pages_are_served_uncached(self, blog):
        for url in ("/", "/blog/", "/blog/talking-when-it-is-hard/"):
            response = Client().get(url)
            assert response.status_code == 200, url
            assert response["X-Page-Cache"] == "miss"  # rendered, offered to the cache, not stored
        assert "Talking when it is hard" in Client().get("/blog/").content.decode()

    def test_publishing_works_and_shows_at_once(self, blog):
        BlogPostPageFactory(parent=blog, title="A second post").save_revision().publish()
        assert "A second post" in Client().get("/blog/").content.decode()

    def test_rate_limited_forms_let_families_through(self, blog):
        assert Client().get("/search/", {"q": "talking"}).status_code == 200
        assert SearchQueryLog.objects.filter(query="talking").exists()


@pytest.fixture
def real_redis(settings):
    """The caches on the Redis server of this machine, under a prefix of their own, emptied of it afterwards."""
    with own_prefix_on(REACHABLE, "page-cache-test") as prefix:
        settings.CACHES = redis_caches(REACHABLE, prefix)
        settings.PAGE_CACHE_SECONDS = 300
        yield


@pytest.mark.usefixtures("real_redis")
class TestRedisUp:
    def test_a_page_is_stored_in_redis_and_a_publish_shows_on_the_next_request(self, blog):
        assert Client().get("/blog/")["X-Page-Cache"] == "miss"
        assert Client().get("/blog/")["X-Page-Cache"] == "hit"
        BlogPostPageFactory(parent=blog, title="A second post").save_revision().publish()
        response = Client().get("/blog/")
        assert response["X-Page-Cache"] == "miss" and "A second post" in response.content.decode()


@pytest.mark.usefixtures("real_redis")
class TestRedisOutageDuringAChange:
    """A change made while Redis cannot be reached (an outage, or a write slower than SOCKET_TIMEOUT) must not leave
    pages and fragments stored before it in force once Redis answers again."""

    @pytest.fixture
    def outage(self, monkeypatch):
        """While active, every Redis command fails as with a dead server (django-redis then ignores it)."""

        def refused(*args, **kwargs):
            raise redis.ConnectionError("Connection refused")

        def start():
            monkeypatch.setattr(redis.Redis, "execute_command", refused)

        return start, monkeypatch.undo

    def found(self, query):
        return [result.title for result in Client().get("/search/", {"q": query}).context["results"]]

    @pytest.mark.search_index
    def test_a_page_made_private_during_an_outage_is_not_listed_after_it(self, blog, outage):
        from wagtail.models import PageViewRestriction

        post = blog.get_children().get(slug="talking-when-it-is-hard")
        assert "Talking when it is hard" in Client().get("/blog/").content.decode()
        assert Client().get("/blog/")["X-Page-Cache"] == "hit"
        assert "Talking when it is hard" in self.found("talking")
        start, end = outage
        start()
        PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
        end()
        assert "Talking when it is hard" not in Client().get("/blog/").content.decode()
        assert "Talking when it is hard" not in self.found("talking")

    def test_a_synonym_saved_during_an_outage_is_used_after_it(self, blog, outage):
        from search.models import Synonym
        from search.synonyms import synonym_groups

        assert ["quokkaword", "wallabyword"] not in synonym_groups()  # read and kept
        start, end = outage
        start()
        Synonym.objects.create(terms="quokkaword = wallabyword")
        end()
        assert ["quokkaword", "wallabyword"] in synonym_groups()
