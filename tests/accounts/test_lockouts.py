"""Login lockouts (django-axes, counted in the database): per account and per address, site and admin together,
with the friendly 429 page, and ending by themselves."""

import datetime

import pytest
from axes.models import AccessAttempt

from django.utils import timezone

from tests.accounts.helpers import PASSWORD
from tests.factories.accounts import UserFactory

WRONG = "not-the-password"


@pytest.fixture(autouse=True)
def limit_of_three(settings):
    settings.AXES_FAILURE_LIMIT = 3


@pytest.fixture
def robin():
    return UserFactory(username="robin", email="robin.parent@example.com", password=PASSWORD)


def log_in(client, username, password, path="/accounts/login/", address="192.0.2.10"):
    return client.post(path, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_an_account_is_locked_after_the_limit_whichever_name_and_address_is_used(client, robin):
    for attempt, identifier in enumerate(["robin", "Robin.Parent@example.com"]):
        assert log_in(client, identifier, WRONG, address=f"198.51.100.{attempt}").status_code == 200
    assert log_in(client, "ROBIN.PARENT@EXAMPLE.COM", WRONG, address="198.51.100.7").status_code == 429

    response = log_in(client, "robin", PASSWORD, address="203.0.113.77")

    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    html = response.content.decode()
    assert "Please wait about 15 minutes" in html
    assert "crisis lines" in html
    assert "_auth_user_id" not in client.session


def test_an_address_is_locked_for_every_account(client, robin):
    for n in range(3):
        log_in(client, f"stranger{n}@example.com", WRONG)
    assert log_in(client, "robin", PASSWORD).status_code == 429
    assert log_in(client, "robin", PASSWORD, address="198.51.100.9").status_code == 302


def test_the_attempts_table_holds_no_typed_address(client, robin):
    log_in(client, "someone.else@example.com", WRONG)
    log_in(client, "robin.parent@example.com", WRONG)
    usernames = list(AccessAttempt.objects.values_list("username", flat=True))
    assert f"account-{robin.pk}" in usernames
    assert not any("@" in name for name in usernames)


def test_the_lockout_ends_by_itself(client, robin):
    for _ in range(3):
        log_in(client, "robin", WRONG)
    assert log_in(client, "robin", PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))

    assert log_in(client, "robin", PASSWORD).status_code == 302


def test_a_successful_login_clears_the_count(client, robin):
    for _ in range(2):
        log_in(client, "robin", WRONG)
    assert log_in(client, "robin", PASSWORD).status_code == 302
    client.logout()
    for _ in range(2):
        log_in(client, "robin", WRONG)
    assert log_in(client, "robin", PASSWORD).status_code == 302


def test_site_and_admin_logins_count_together(client):
    UserFactory(username="editor", password=PASSWORD, is_staff=True, is_superuser=True)
    log_in(client, "editor", WRONG, path="/admin/login/")
    log_in(client, "editor", WRONG)
    log_in(client, "editor", WRONG, path="/admin/login/")
    assert log_in(client, "editor", PASSWORD, path="/admin/login/").status_code == 429


class TestAdminLoginIsForStaffOnly:
    def test_a_members_right_password_is_answered_as_a_wrong_one(self, client, robin):
        right = log_in(client, "robin", PASSWORD, path="/admin/login/")
        assert "_auth_user_id" not in client.session
        wrong = log_in(client, "robin", WRONG, path="/admin/login/", address="198.51.100.2")

        assert right.status_code == wrong.status_code == 200
        assert right.context["form"].errors == wrong.context["form"].errors
        assert "_auth_user_id" not in client.session
        assert client.get("/accounts/my-learning/").status_code == 302  # no site session either

    def test_it_counts_towards_the_lockout(self, client, robin):
        for n in range(3):
            log_in(client, "robin", PASSWORD, path="/admin/login/", address=f"198.51.100.{n}")
        assert log_in(client, "robin", PASSWORD, address="203.0.113.5").status_code == 429

    def test_staff_still_log_in(self, client):
        UserFactory(username="editor", password=PASSWORD, is_staff=True, is_superuser=True)
        assert log_in(client, "editor", PASSWORD, path="/admin/login/").status_code == 302
        assert client.get("/admin/").status_code == 200
