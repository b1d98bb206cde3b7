"""Joining: the account, its confirmation email, and not telling strangers which addresses have accounts."""

import re
import smtplib
from unittest import mock

import pytest

from django.contrib.auth import get_user_model
from django.core import mail

from accounts.models import PendingSignup
from learning.models import Membership
from tests.accounts.helpers import PASSWORD, join_data, link_in
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

User = get_user_model()


class TestJoin:
    def test_the_form_has_labelled_fields_and_a_hidden_honeypot(self, client):
        response = client.get("/accounts/join/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        for name in ("email", "password1", "password2", "access_code"):
            assert f'<label for="id_{name}"' in html
        honeypot = re.search(r'<div class="form-honeypot" aria-hidden="true">(.*?)</div>', html, re.S).group(1)
        assert "Leave this empty" in honeypot
        assert 'tabindex="-1"' in honeypot

    def test_joining_without_a_code_creates_an_inactive_account_and_emails_a_link(self, client):
        response = client.post("/accounts/join/", join_data())

        assert response.status_code == 302
        assert response["Location"] == "/accounts/join/check-your-email/"
        user = User.objects.get()
        assert (user.username, user.email, user.is_active) == ("robin.parent@example.com", user.email, False)
        assert user.email == "robin.parent@example.com"
        assert not Membership.objects.exists()
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["robin.parent@example.com"]
        assert "/accounts/verify/" in mail.outbox[0].body
        page = client.get(response["Location"]).content.decode()
        assert "Check your email" in page
        assert "spam" in page

    def test_passwords_go_through_djangos_validators(self, client):
        response = client.post("/accounts/join/", join_data(password1="password", password2="password"))

        html = response.content.decode()
        assert response.status_code == 200
        assert "This password is too common." in html
        assert 'aria-invalid="true"' in html
        assert not User.objects.exists()

    def test_mismatched_passwords_are_refused(self, client):
        response = client.post("/accounts/join/", join_data(password2=PASSWORD + "x"))
        assert "didn’t match" in response.content.decode()
        assert not User.objects.exists()

    def test_a_filled_honeypot_pretends_success_and_creates_nothing(self, client):
        response = client.post("/accounts/join/", join_data(website="https://spam.example"))
        assert response.status_code == 302
        assert response["Location"] == "/accounts/join/check-your-email/"
        assert not User.objects.exists()
        assert mail.outbox == []

    def test_an_email_with_characters_usernames_cannot_hold_gets_a_safe_username(self, client):
        client.post("/accounts/join/", join_data(email="o'brien@example.com"))
        user = User.objects.get()
        assert user.email == "o'brien@example.com"
        assert user.username == "o_brien@example.com"

    def test_join_is_rate_limited_per_address(self, client, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": (2, 600)}
        for n in range(2):
            assert client.post("/accounts/join/", join_data(email=f"parent{n}@example.com")).status_code == 302

        response = client.post("/accounts/join/", join_data(email="parent9@example.com"))

        assert response.status_code == 429
        assert response["Retry-After"] == "600"
        assert "Please wait a few minutes" in response.content.decode()
        assert User.objects.count() == 2

    def test_an_email_that_cannot_be_sent_keeps_the_account_and_shows_no_error(self, client):
        with mock.patch("accounts.emails.send_family_email", side_effect=smtplib.SMTPException("mail is down")):
            response = client.post("/accounts/join/", join_data())
        assert response["Location"] == "/accounts/join/check-your-email/"
        assert User.objects.filter(is_active=False).count() == 1

    def test_someone_logged_in_goes_to_my_learning(self, client):
        client.force_login(UserFactory())
        assert client.get("/accounts/join/")["Location"] == "/accounts/my-learning/"

    def test_bad_input_never_fails(self, client):
        response = client.post("/accounts/join/", {"email": "x" * 500, "password1": "\x00", "access_code": "A" * 99})
        assert response.status_code == 200
        assert not User.objects.exists()


class TestJoinWithAnExistingEmail:
    """Joining must not tell a stranger whether an address already has an account."""

    def test_the_answer_is_the_same_and_the_owner_is_told_instead(self, client):
        owner = UserFactory(username="robin", email="robin.parent@example.com")

        response = client.post("/accounts/join/", join_data())

        assert response.status_code == 302
        assert response["Location"] == "/accounts/join/check-your-email/"
        assert list(User.objects.all()) == [owner]
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["robin.parent@example.com"]
        assert "You already have an account" in mail.outbox[0].body
        assert "/accounts/login/" in mail.outbox[0].body
        assert "/accounts/password-reset/" in mail.outbox[0].body

    def test_an_account_created_at_the_same_moment_counts_as_existing(self, client):
        owner = UserFactory(username="robin.parent@example.com", email="robin.parent@example.com")
        race = mock.patch("accounts.views.join.existing_account", side_effect=[None, owner])
        same_username = mock.patch("accounts.views.join.username_for", return_value=owner.username)
        with race, same_username:
            response = client.post("/accounts/join/", join_data())

        assert response["Location"] == "/accounts/join/check-your-email/"
        assert list(User.objects.all()) == [owner]
        assert "You already have an account" in mail.outbox[0].body

    def test_an_unconfirmed_account_gets_a_fresh_confirmation_link(self, client):
        waiting = UserFactory(email="robin.parent@example.com", is_active=False)
        PendingSignup.objects.create(user=waiting)

        client.post("/accounts/join/", join_data())

        assert User.objects.count() == 1
        path = link_in(mail.outbox[0], "/accounts/verify/")
        client.post(path)
        waiting.refresh_from_db()
        assert waiting.is_active
