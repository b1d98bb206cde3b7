"""One readers' visibility rule for modules (issue 11, finding 8).

A view-restricted module (Wagtail privacy) or one past its expiry date was listed with its title and summary on
/learning/, My learning, the home page and previous/next links, and found by a member's search of its locked
words: the learning listings used `.live()` where the rest of the site uses `home.visibility.visible_to_readers`.
"""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.factories.home import make_site_with_home
from tests.factories.learning import LOCKED_WORDS, make_learning, member_user, publish_reviewed

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

HIDDEN_TITLE = "Hidden module quillfeather"


def restrict(module):
    restriction = PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Pilot families"))


def expire(module):
    module.expire_at = timezone.now() - datetime.timedelta(minutes=5)
    module.save(update_fields=["expire_at"])  # still live until the scheduler's next run


@pytest.fixture(scope="module", params=[restrict, expire], ids=["view-restricted", "expired"])
def hidden_module(request, module_db):
    """Three modules, the middle one hidden; built once per way of hiding it (the tests only read them), each on a
    new site that replaces the other's."""
    _, modules = make_learning(make_site_with_home(), modules=3)
    hidden = modules[1]
    hidden.title = HIDDEN_TITLE
    publish_reviewed(hidden)
    request.param(hidden)
    return modules, hidden


def member_client():
    client = Client()
    client.force_login(member_user())
    return client


@pytest.mark.django_db
class TestHiddenModules:
    @pytest.mark.parametrize("make_client", [Client, member_client], ids=["anonymous", "member"])
    def test_not_on_the_learning_index_or_the_home_page(self, hidden_module, make_client):
        modules, _ = hidden_module
        client = make_client()
        assert HIDDEN_TITLE not in client.get(modules[0].get_parent().url).content.decode()
        assert HIDDEN_TITLE not in client.get("/").content.decode()

    def test_not_in_my_learning(self, hidden_module):
        assert HIDDEN_TITLE not in member_client().get("/accounts/my-learning/").content.decode()

    def test_not_a_previous_or_next_link(self, hidden_module):
        modules, hidden = hidden_module
        for neighbour in (modules[0], modules[2]):
            html = member_client().get(neighbour.url).content.decode()
            assert HIDDEN_TITLE not in html and hidden.url not in html

    def test_not_found_by_a_members_search_of_its_locked_words(self, hidden_module):
        response = member_client().get("/search/", {"q": LOCKED_WORDS["body"]})
        titles = [result.title for result in response.context["results"]]
        assert HIDDEN_TITLE not in titles
        assert len(titles) == 2  # the two visible modules share the locked word
