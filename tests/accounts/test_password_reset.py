"""Resetting a forgotten password by email."""

from django.contrib.auth import get_user_model
from django.core import mail

from tests.accounts.helpers import PASSWORD, link_in
from tests.factories.accounts import UserFactory

User = get_user_model()


class TestPasswordReset:
    def test_the_emailed_link_sets_a_new_password(self, client):
        UserFactory(username="robin", email="robin@example.com", password=PASSWORD)

        response = client.post("/accounts/password-reset/", {"email": "Robin@Example.com"})

        assert response["Location"] == "/accounts/password-reset/sent/"
        assert "Check your email" in client.get(response["Location"]).content.decode()
        assert len(mail.outbox) == 1
        assert mail.outbox[0].subject == "The information you asked for"  # neutral (home.family_email)
        path = link_in(mail.outbox[0], "/accounts/password-reset/")
        form_page = client.get(path, follow=True)
        assert "Choose a new password" in form_page.content.decode()
        new_password = "brighter-Morning-path-93"
        done = client.post(
            form_page.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password}
        )
        assert done["Location"] == "/accounts/password-reset/complete/"
        assert "Your password has been changed" in client.get(done["Location"]).content.decode()
        login = client.post("/accounts/login/", {"username": "robin@example.com", "password": new_password})
        assert login.status_code == 302

    def test_an_unknown_address_looks_the_same_and_sends_nothing(self, client):
        response = client.post("/accounts/password-reset/", {"email": "nobody@example.com"})
        assert response["Location"] == "/accounts/password-reset/sent/"
        assert mail.outbox == []

    def test_a_broken_link_gets_a_clear_page(self, client):
        response = client.get("/accounts/password-reset/MQ/not-a-token/")
        assert response.status_code == 200
        assert "This link doesn" in response.content.decode()
