"""My learning: membership status, redeeming a code, progress through the modules."""

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone

from learning.models import AccessCode, Membership, ModuleProgress
from tests.factories.learning import AccessCodeFactory, MembershipFactory, UserFactory, make_learning

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

User = get_user_model()


@pytest.fixture(autouse=True)
def site_and_fresh_limits(home_page):
    """Every test gets a site (the pages show its crisis bar) and empty rate-limit counters."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def access_code():
    return AccessCodeFactory(code="RIVER-2027", seats=2)


class TestMyLearning:
    def test_it_needs_a_login(self, client):
        response = client.get("/accounts/my-learning/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?next=/accounts/my-learning/"

    def test_it_is_private_and_never_stored(self, client):
        client.force_login(UserFactory())
        cache_control = client.get("/accounts/my-learning/")["Cache-Control"]
        assert "private" in cache_control
        assert "no-store" in cache_control

    def test_a_member_sees_until_when(self, client):
        end = timezone.localdate() + datetime.timedelta(days=30)
        membership = MembershipFactory(end=end)
        client.force_login(membership.user)

        html = client.get("/accounts/my-learning/").content.decode()

        assert f"Active until {end:%B} {end.day}, {end.year}" in html
        assert "Use this code" not in html

    def test_an_expired_member_sees_when_it_ended_and_can_use_a_code(self, client):
        membership = MembershipFactory(end=datetime.date(2021, 3, 31))
        client.force_login(membership.user)

        html = client.get("/accounts/my-learning/").content.decode()

        assert "Your membership ended on March 31, 2021" in html
        assert "Use this code" in html

    def test_someone_without_a_membership_can_redeem_a_code(self, client, access_code):
        user = UserFactory()
        client.force_login(user)
        assert "You don't have a membership yet" in client.get("/accounts/my-learning/").content.decode()

        response = client.post("/accounts/my-learning/", {"access_code": "river-2027"}, follow=True)

        end = AccessCode.objects.get().valid_until
        assert f"Your membership is active until {end:%B} {end.day}, {end.year}." in response.content.decode()
        assert "Active until" in response.content.decode()
        membership = Membership.objects.get(user=user)
        assert (membership.status, membership.source) == (Membership.Status.ACTIVE, Membership.Source.ACCESS_CODE)

    def test_a_code_that_cannot_be_used_gets_a_clear_message(self, client):
        AccessCodeFactory(code="OLD-2020", valid_until=datetime.date(2020, 12, 31))
        client.force_login(UserFactory())

        response = client.post("/accounts/my-learning/", {"access_code": "OLD-2020"})

        assert response.status_code == 200
        assert "We can&#x27;t use that access code" in response.content.decode()
        assert not Membership.objects.exists()

    def test_a_current_member_does_not_spend_a_seat(self, client, access_code):
        membership = MembershipFactory()
        client.force_login(membership.user)

        client.post("/accounts/my-learning/", {"access_code": "RIVER-2027"})

        access_code.refresh_from_db()
        assert access_code.used_count == 0
        membership.refresh_from_db()
        assert membership.source == Membership.Source.STAFF

    def test_modules_show_progress_and_where_to_continue(self, client, home_page):
        _, modules = make_learning(home_page, modules=3)
        user = MembershipFactory().user
        ModuleProgress.mark_complete(user, modules[0])
        ModuleProgress.record_visit(user, modules[1])
        client.force_login(user)

        html = client.get("/accounts/my-learning/").content.decode()

        assert "Continue where you left off" in html
        assert f"module 2, {modules[1].title}" in html
        assert re.search(rf"{modules[0].title}</a>\s*<span[^>]*>About \d+ minutes ·\s*<strong>Done", html)
        assert html.count("Not started") == 1

    def test_without_a_learning_index_there_is_no_module_list(self, client):
        client.force_login(MembershipFactory().user)
        response = client.get("/accounts/my-learning/")
        assert response.status_code == 200
        assert "The modules" not in response.content.decode()
