"""The emailed confirmation link and the page that sends a new one."""

import time
from unittest import mock

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from accounts.tokens import make_verify_token
from tests.accounts.helpers import join_data, link_in
from tests.factories.accounts import UserFactory

User = get_user_model()


class TestVerification:
    def test_the_emailed_link_activates_logs_in_and_welcomes(self, client):
        client.post("/accounts/join/", join_data())
        path = link_in(mail.outbox[0], "/accounts/verify/")

        response = client.get(path, follow=True)

        assert response.redirect_chain[-1][0] == "/accounts/my-learning/"
        assert User.objects.get().is_active
        assert response.context["user"].is_authenticated
        assert "Welcome! Your email address is confirmed" in response.content.decode()

    def test_a_second_visit_does_not_log_in_again(self, client):
        client.post("/accounts/join/", join_data())
        path = link_in(mail.outbox[0], "/accounts/verify/")
        Client().get(path)  # a mail scanner got there first

        response = client.get(path)

        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/"
        assert "_auth_user_id" not in client.session

    @pytest.mark.parametrize("token", ["not-a-token", "eyJ1c2VyIjoxfQ:1abc:tampered"])
    def test_a_tampered_link_gets_a_clear_page_with_a_way_to_a_new_link(self, client, token):
        user = UserFactory(is_active=False)

        response = client.get(f"/accounts/verify/{token}/")

        html = response.content.decode()
        assert response.status_code == 400
        assert "This confirmation link doesn" in html
        assert "Send a new link" in html
        user.refresh_from_db()
        assert not user.is_active

    def test_a_link_to_another_account_cannot_be_forged_by_editing_it(self, client):
        user = UserFactory(is_active=False)
        token = make_verify_token(user)
        forged = token.replace(token.split(":")[0], token.split(":")[0][:-2] + "xx")

        assert client.get(f"/accounts/verify/{forged}/").status_code == 400

    def test_an_expired_link_is_refused(self, client):
        user = UserFactory(is_active=False)
        four_days_ago = time.time() - 4 * 24 * 60 * 60
        with mock.patch("django.core.signing.time.time", return_value=four_days_ago):
            token = make_verify_token(user)

        response = client.get(f"/accounts/verify/{token}/")

        assert response.status_code == 400
        user.refresh_from_db()
        assert not user.is_active

    def test_a_link_for_an_address_that_has_since_changed_is_refused(self, client):
        user = UserFactory(is_active=False)
        token = make_verify_token(user)
        User.objects.filter(pk=user.pk).update(email="someone.else@example.com")

        assert client.get(f"/accounts/verify/{token}/").status_code == 400

    def test_the_failure_page_sends_a_new_link_to_an_account_still_waiting(self, client):
        UserFactory(email="waiting@example.com", is_active=False)
        UserFactory(email="done@example.com")

        response = client.post("/accounts/verify/broken/", {"email": "Waiting@Example.com"})
        client.post("/accounts/verify/broken/", {"email": "done@example.com"})

        assert response["Location"] == "/accounts/join/check-your-email/"
        assert [message.to for message in mail.outbox] == [["waiting@example.com"]]
        assert client.get(link_in(mail.outbox[0], "/accounts/verify/")).status_code == 302

    def test_asking_for_new_links_is_rate_limited(self, client, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": (1, 600)}
        client.post("/accounts/verify/broken/", {"email": "a@example.com"})
        assert client.post("/accounts/verify/broken/", {"email": "a@example.com"}).status_code == 429

    def test_a_bad_email_on_the_failure_page_is_shown_not_fatal(self, client):
        response = client.post("/accounts/verify/broken/", {"email": "not an email"})
        assert response.status_code == 400
        assert "Enter a valid email address." in response.content.decode()
