"""The emailed confirmation link (it confirms the address and nothing else) and the page that sends a new one."""

import time
from unittest import mock

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from accounts.models import PendingSignup
from accounts.tokens import make_verify_token
from tests.accounts.helpers import PASSWORD, join_data, link_in
from tests.factories.accounts import UserFactory

User = get_user_model()


def waiting_account(**fields):
    user = UserFactory(is_active=False, **fields)
    return PendingSignup.objects.create(user=user)


class TestVerification:
    def test_the_link_asks_first_then_confirms_and_asks_for_the_password(self, client):
        client.post("/accounts/join/", join_data())
        path = link_in(mail.outbox[0], "/accounts/verify/")

        page = client.get(path)
        assert page.status_code == 200
        assert "Confirm my email address" in page.content.decode()
        assert not User.objects.get().is_active  # opening the link changes nothing
        assert "no-store" in page["Cache-Control"]

        response = client.post(path, follow=True)

        assert response.redirect_chain[-1][0] == "/accounts/login/"
        assert User.objects.get().is_active
        assert not response.context["user"].is_authenticated
        assert "your email address is confirmed. Please log in" in response.content.decode()
        assert not PendingSignup.objects.exists()
        login = client.post("/accounts/login/", {"username": "robin.parent@example.com", "password": PASSWORD})
        assert login.status_code == 302

    def test_a_link_works_once(self, client):
        client.post("/accounts/join/", join_data())
        path = link_in(mail.outbox[0], "/accounts/verify/")
        Client().post(path)

        assert client.get(path).status_code == 400
        response = client.post(path)
        assert response.status_code == 400
        assert "already been used" in response.content.decode()
        assert "_auth_user_id" not in client.session

    @pytest.mark.parametrize("token", ["not-a-token", "eyJ1c2VyIjoxfQ:1abc:tampered"])
    def test_a_tampered_link_gets_a_clear_page_with_a_way_to_a_new_link(self, client, token):
        pending = waiting_account()

        response = client.get(f"/accounts/verify/{token}/")

        html = response.content.decode()
        assert response.status_code == 400
        assert "This confirmation link doesn" in html
        assert "Send a new link" in html
        assert client.post(f"/accounts/verify/{token}/").status_code == 400
        pending.user.refresh_from_db()
        assert not pending.user.is_active

    def test_a_link_to_another_account_cannot_be_forged_by_editing_it(self, client):
        token = make_verify_token(waiting_account())
        forged = token.replace(token.split(":")[0], token.split(":")[0][:-2] + "xx")

        assert client.post(f"/accounts/verify/{forged}/").status_code == 400

    def test_an_expired_link_is_refused(self, client):
        pending = waiting_account()
        four_days_ago = time.time() - 4 * 24 * 60 * 60
        with mock.patch("django.core.signing.time.time", return_value=four_days_ago):
            token = make_verify_token(pending)

        response = client.post(f"/accounts/verify/{token}/")

        assert response.status_code == 400
        pending.user.refresh_from_db()
        assert not pending.user.is_active

    def test_a_link_for_an_address_that_has_since_changed_is_refused(self, client):
        pending = waiting_account()
        token = make_verify_token(pending)
        User.objects.filter(pk=pending.user.pk).update(email="someone.else@example.com")

        assert client.post(f"/accounts/verify/{token}/").status_code == 400

    def test_the_failure_page_sends_a_new_link_to_an_account_still_waiting(self, client):
        waiting_account(email="waiting@example.com")
        UserFactory(email="done@example.com")

        response = client.post("/accounts/verify/new-link/", {"email": "Waiting@Example.com"})
        client.post("/accounts/verify/new-link/", {"email": "done@example.com"})

        assert response["Location"] == "/accounts/join/check-your-email/"
        assert [message.to for message in mail.outbox] == [["waiting@example.com"]]
        assert client.post(link_in(mail.outbox[0], "/accounts/verify/")).status_code == 302

    def test_asking_for_new_links_is_rate_limited(self, client, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": (1, 600)}
        client.post("/accounts/verify/new-link/", {"email": "a@example.com"})
        assert client.post("/accounts/verify/new-link/", {"email": "a@example.com"}).status_code == 429

    def test_a_bad_email_on_the_failure_page_is_shown_not_fatal(self, client):
        response = client.post("/accounts/verify/new-link/", {"email": "not an email"})
        assert response.status_code == 400
        assert "Enter a valid email address." in response.content.decode()
