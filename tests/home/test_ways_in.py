"""Every family finds a way in (a code, a sponsored seat, a plan, the free module), and members are never told
to "Become a member"."""

import pytest

from wagtail.models import Site

from home.models import SiteChromeSettings
from tests.factories.accounts import UserFactory
from tests.factories.learning import member_user

PLAN = {
    "name": "Family membership",
    "price": "$15 a month",
    "description": "Every module for your household.",
    "link": "https://pay.example.com/monthly",
    "link_text": "Pay monthly",
}


@pytest.fixture
def plans(home_page):
    chrome = SiteChromeSettings.for_site(Site.objects.get(is_default_site=True))
    chrome.plans = [("plan", PLAN)]
    chrome.save()


@pytest.mark.django_db
def test_the_join_page_explains_every_way_in(client, plans):
    html = client.get("/accounts/join/").text
    assert "Ways to get access" in html
    assert 'href="/learning/sponsored-seat/"' in html and 'href="/learning/sample/"' in html
    assert "Family membership" in html and "$15 a month" in html and 'href="https://pay.example.com/monthly"' in html


@pytest.mark.django_db
def test_a_logged_in_family_without_membership_sees_the_ways_in_on_my_learning(client, plans):
    client.force_login(UserFactory())
    html = client.get("/accounts/my-learning/").text
    assert "Ways to get access" in html and 'href="/learning/sponsored-seat/"' in html


@pytest.mark.django_db
def test_members_are_never_told_to_become_members(client, home_page):
    assert "Become a member" in client.get("/").text
    client.force_login(member_user())
    html = client.get("/").text
    assert "Become a member" not in html and "membership-cta" not in html


@pytest.mark.django_db
def test_a_logged_in_non_member_is_offered_access_not_a_second_account(client, home_page):
    client.force_login(UserFactory())
    html = client.get("/").text
    assert 'href="/accounts/my-learning/">Get access' in html
    assert 'href="/accounts/join/"' not in html
