"""Logging in (site and admin) and out."""

import pytest

from django.contrib.auth import get_user_model

from tests.accounts.helpers import PASSWORD
from tests.factories.accounts import UserFactory

User = get_user_model()


class TestLogin:
    @pytest.fixture
    def user(self):
        return UserFactory(username="robin", email="Robin.Parent@example.com", password=PASSWORD)

    def test_the_page_links_to_password_reset_and_join(self, client):
        html = client.get("/accounts/login/").content.decode()
        assert 'href="/accounts/password-reset/"' in html
        assert 'href="/accounts/join/"' in html
        assert "Email address or username" in html

    @pytest.mark.parametrize("identifier", ["robin", "robin.parent@example.com", "ROBIN.PARENT@EXAMPLE.COM"])
    def test_log_in_with_the_username_or_the_email_address(self, client, user, identifier):
        response = client.post("/accounts/login/", {"username": identifier, "password": PASSWORD})

        assert response.status_code == 302
        assert response["Location"] == "/accounts/my-learning/"
        assert client.session["_auth_user_id"] == str(user.pk)

    def test_a_wrong_password_is_refused_gently(self, client, user):
        response = client.post("/accounts/login/", {"username": "robin", "password": "wrong"})
        assert response.status_code == 200
        assert "don&#x27;t match an account" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_an_inactive_account_cannot_log_in(self, client):
        UserFactory(username="waiting", email="waiting@example.com", password=PASSWORD, is_active=False)
        for identifier in ("waiting", "waiting@example.com"):
            response = client.post("/accounts/login/", {"username": identifier, "password": PASSWORD})
            assert response.status_code == 200
            assert "_auth_user_id" not in client.session

    def test_an_email_shared_by_two_accounts_logs_in_neither(self, client, user):
        UserFactory(username="other", email="robin.parent@example.com", password=PASSWORD)

        client.post("/accounts/login/", {"username": "robin.parent@example.com", "password": PASSWORD})
        assert "_auth_user_id" not in client.session
        client.post("/accounts/login/", {"username": "robin", "password": PASSWORD})
        assert client.session["_auth_user_id"] == str(user.pk)

    def test_next_is_followed_within_the_site_only(self, client, user):
        local = client.post("/accounts/login/?next=/learning/", {"username": "robin", "password": PASSWORD})
        assert local["Location"] == "/learning/"
        client.logout()
        data = {"username": "robin", "password": PASSWORD, "next": "https://evil.example/"}
        external = client.post("/accounts/login/", data)
        assert external["Location"] == "/accounts/my-learning/"

    def test_wagtail_admin_login_still_works_for_staff(self, client):
        UserFactory(username="editor", password=PASSWORD, is_staff=True, is_superuser=True)
        response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200


class TestLogout:
    def test_logout_is_post_only_and_goes_home(self, client):
        client.force_login(UserFactory())

        assert client.get("/accounts/logout/").status_code == 405
        assert "_auth_user_id" in client.session
        response = client.post("/accounts/logout/")

        assert response.status_code == 302
        assert response["Location"] == "/"
        assert "_auth_user_id" not in client.session


def test_the_login_page_focuses_nothing_so_quick_exit_stays_the_first_tab_stop(client):
    """Django's login form focused the username on load, so Tab went to the password, never to Quick exit."""
    assert "autofocus" not in client.get("/accounts/login/").content.decode()
