"""Joining with an access code: the membership step that learning plugs into accounts' join."""

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client

from learning.models import AccessCode, Membership
from tests.accounts.helpers import PASSWORD, join_data, link_in
from tests.factories.learning import AccessCodeFactory, UserFactory

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


class TestJoinWithACode:
    def test_joining_with_a_code_gives_a_membership_until_the_codes_end_once_confirmed(
        self, client, access_code, mailoutbox
    ):
        client.post("/accounts/join/", join_data(access_code=" river-2027 "))

        membership = Membership.objects.get()
        assert membership.status == Membership.Status.PENDING  # not yet: the email address is unconfirmed
        assert not membership.user.groups.filter(name="Members").exists()
        access_code.refresh_from_db()
        assert access_code.used_count == 0  # an unconfirmed sign-up holds no seat
        link = re.search(r"http://testserver(/accounts/verify/\S+/)", mailoutbox[-1].body).group(1)
        client.post(link)
        membership.refresh_from_db()
        assert membership.status == Membership.Status.ACTIVE
        assert membership.user.groups.filter(name="Members").exists()
        assert membership.source == Membership.Source.ACCESS_CODE
        assert membership.end == access_code.valid_until
        assert membership.user.email == "robin.parent@example.com"
        access_code.refresh_from_db()
        assert access_code.used_count == 1

    @pytest.mark.parametrize(
        ("code_fields", "typed", "message"),
        [
            ({}, "NO-SUCH-CODE", "We can&#x27;t use that access code"),
            ({"active": False}, "RIVER-2027", "We can&#x27;t use that access code"),
            ({"valid_until": datetime.date(2020, 1, 1)}, "RIVER-2027", "We can&#x27;t use that access code"),
            ({"seats": 1, "used_count": 1}, "RIVER-2027", "We can&#x27;t use that access code"),
        ],
        ids=["unknown", "inactive", "expired", "exhausted"],
    )
    def test_a_code_that_cannot_be_used_creates_nothing_and_says_one_thing(self, client, code_fields, typed, message):
        AccessCodeFactory(code="RIVER-2027", **code_fields)

        response = client.post("/accounts/join/", join_data(access_code=typed))

        html = response.content.decode()
        assert response.status_code == 200
        assert message in html
        assert 'aria-describedby="id_access_code_helptext id_access_code_error"' in html
        assert 'id="id_access_code_error"' in html
        assert not User.objects.exists()
        assert not Membership.objects.exists()
        assert AccessCode.objects.get().used_count == code_fields.get("used_count", 0)
        assert mail.outbox == []


class TestJoinWithACodeAndAnExistingEmail:
    """Joining must not tell a stranger whether an address already has an account."""

    def test_a_valid_code_takes_no_seat_and_gives_no_membership(self, client, access_code):
        UserFactory(email="robin.parent@example.com")

        response = client.post("/accounts/join/", join_data(access_code="RIVER-2027"))

        assert response.status_code == 302
        assert not Membership.objects.exists()
        access_code.refresh_from_db()
        assert access_code.used_count == 0

    def test_a_bad_code_is_refused_just_as_for_a_new_address(self, client):
        UserFactory(email="robin.parent@example.com")

        response = client.post("/accounts/join/", join_data(access_code="NO-SUCH-CODE"))

        assert response.status_code == 200
        assert "use that access code" in response.content.decode()
        assert mail.outbox == []


def test_a_whole_join_works_with_csrf_checks_enforced(home_page):
    browser = Client(enforce_csrf_checks=True)
    AccessCodeFactory(code="RIVER-2027")

    assert browser.post("/accounts/join/", join_data()).status_code == 403
    browser.get("/accounts/join/")
    token = browser.cookies["csrftoken"].value
    response = browser.post("/accounts/join/", join_data(access_code="RIVER-2027", csrfmiddlewaretoken=token))
    assert response.status_code == 302

    link = link_in(mail.outbox[0], "/accounts/verify/")
    browser.get(link)
    assert browser.post(link).status_code == 403  # confirming is a CSRF-protected POST
    confirmed = browser.post(link, {"csrfmiddlewaretoken": browser.cookies["csrftoken"].value})
    assert confirmed["Location"] == "/accounts/login/"
    browser.get("/accounts/login/")
    login = browser.post(
        "/accounts/login/",
        {
            "username": "robin.parent@example.com",
            "password": PASSWORD,
            "csrfmiddlewaretoken": browser.cookies["csrftoken"].value,
        },
        follow=True,
    )

    html = login.content.decode()
    assert "Active until" in html
    assert User.objects.get().is_active
    logout_token = browser.cookies["csrftoken"].value
    assert browser.post("/accounts/logout/", {"csrfmiddlewaretoken": logout_token}).status_code == 302


class TestSeatsGoToConfirmedFamilies:
    """Finding 5: sign-ups with addresses nobody confirms cannot hoard a code's seats."""

    def test_unconfirmed_sign_ups_take_no_seat_and_a_confirmed_family_gets_it(self, client, mailoutbox):
        code = AccessCodeFactory(code="TWO-SEATS", seats=2)
        for n in range(3):  # fake addresses: never confirmed
            Client().post("/accounts/join/", join_data(email=f"fake{n}@example.com", access_code="TWO-SEATS"))
        code.refresh_from_db()
        assert code.used_count == 0
        client.post("/accounts/join/", join_data(email="real.family@example.com", access_code="TWO-SEATS"))
        client.post(link_in(mailoutbox[-1], "/accounts/verify/"))

        code.refresh_from_db()
        assert code.used_count == 1
        family = Membership.objects.get(user__email="real.family@example.com")
        assert family.status == Membership.Status.ACTIVE

    def test_a_code_whose_seats_ran_out_before_confirming_says_so_after_confirming(self, client, mailoutbox):
        code = AccessCodeFactory(code="ONE-SEAT", seats=1)
        client.post("/accounts/join/", join_data(access_code="ONE-SEAT"))
        AccessCode.objects.filter(pk=code.pk).update(used_count=1)

        response = client.post(link_in(mailoutbox[-1], "/accounts/verify/"), follow=True)

        assert "can no longer be used" in response.content.decode()
        assert Membership.objects.get().status == Membership.Status.CANCELLED
        assert User.objects.get().is_active

    def test_access_code_tries_are_limited_per_address(self, client, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "access_code": (2, 3600), "join": (50, 600)}
        for n in range(2):
            client.post("/accounts/join/", join_data(access_code=f"GUESS-{n}"))
        response = client.post("/accounts/join/", join_data(access_code="GUESS-9"))
        assert "Too many access codes" in response.content.decode()
