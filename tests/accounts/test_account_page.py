"""The account page: the data download, deleting the account, logging out, and members' idle sessions."""

import datetime
import json

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.utils import timezone

from learning.models import AccessCode, ExerciseAnswer, Membership, ModuleProgress, SampleRequest
from tests.accounts.helpers import PASSWORD
from tests.factories.accounts import UserFactory
from tests.factories.learning import AccessCodeFactory, make_learning

User = get_user_model()


@pytest.fixture
def member(home_page):
    _, modules = make_learning(home_page, modules=2)
    AccessCodeFactory(code="SPONSOR-1", seats=3)
    user = UserFactory(username="robin", email="robin@example.com", password=PASSWORD)
    AccessCode.redeem("SPONSOR-1", user)
    ModuleProgress.mark_complete(user, modules[0])
    ExerciseAnswer.objects.create(user=user, module=modules[0], block_id="plan", answer="Call Sam when it gets bad")
    SampleRequest.objects.create(first_name="Robin", email="Robin@Example.com", news_consent=True)
    return user


@pytest.fixture
def member_client(client, member):
    assert client.post("/accounts/login/", {"username": "robin", "password": PASSWORD}).status_code == 302
    return client


class TestAccountPage:
    def test_it_needs_a_login(self, client):
        assert client.get("/accounts/")["Location"] == "/accounts/login/?next=/accounts/"

    def test_it_offers_download_logout_and_delete_and_is_never_stored(self, member_client):
        response = member_client.get("/accounts/")
        html = response.content.decode()
        assert "no-store" in response["Cache-Control"]
        assert 'href="/accounts/my-data/"' in html
        assert "Log out on this device" in html
        assert "Delete my account" in html
        assert '<label for="id_password"' in html

    def test_every_page_has_a_one_tap_logout_for_a_member(self, member_client):
        html = member_client.get("/").content.decode()
        assert 'action="/accounts/logout/"' in html
        assert 'href="/accounts/"' in html


class TestDataDownload:
    def test_one_json_file_with_everything_held_about_them(self, member_client, member):
        response = member_client.get("/accounts/my-data/")

        assert response["Content-Type"].startswith("application/json")
        assert response["Content-Disposition"].startswith("attachment;")
        assert "no-store" in response["Cache-Control"]
        data = json.loads(response.content)
        assert data["account"]["username"] == "robin"
        assert data["learning"]["membership"]["status"] == "Active"
        assert data["learning"]["module_progress"][0]["completed_at"]
        assert data["learning"]["exercise_answers"][0]["answer"] == "Call Sam when it gets bad"
        assert data["learning"]["free_sample_requests"][0]["news_consent"] is True
        assert "password" not in json.dumps(data)

    def test_it_holds_only_their_own_data(self, member_client, member):
        other = UserFactory(email="other@example.com")
        ExerciseAnswer.objects.create(
            user=other, module=ModuleProgress.objects.get().module, block_id="x", answer="secret"
        )
        assert "secret" not in member_client.get("/accounts/my-data/").content.decode()

    def test_it_needs_a_login(self, client):
        assert client.get("/accounts/my-data/").status_code == 302


class TestDeleteAccount:
    def test_the_right_password_erases_everything_and_frees_the_seat(self, member_client, member):
        response = member_client.post("/accounts/delete/", {"password": PASSWORD}, follow=True)

        assert response.redirect_chain[-1][0] == "/"
        assert "have been deleted" in response.content.decode()
        assert not User.objects.filter(pk=member.pk).exists()
        assert not Membership.objects.exists()
        assert not ModuleProgress.objects.exists()
        assert not ExerciseAnswer.objects.exists()
        assert not SampleRequest.objects.exists()
        assert AccessCode.objects.get().used_count == 0
        assert "_auth_user_id" not in member_client.session
        assert mail.outbox[-1].to == ["robin@example.com"]
        assert "has been deleted" in mail.outbox[-1].body

    def test_a_wrong_password_deletes_nothing_and_counts_towards_the_lockout(self, member_client, member):
        response = member_client.post("/accounts/delete/", {"password": "wrong"})

        assert response.status_code == 400
        assert "password isn" in response.content.decode()
        assert User.objects.filter(pk=member.pk).exists()
        assert AccessAttempt.objects.get().failures_since_start == 1

    def test_it_is_post_only_and_needs_a_login(self, client, member):
        assert client.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
        assert User.objects.filter(pk=member.pk).exists()


class TestSessions:
    def test_a_members_session_ends_after_the_idle_time(self, member_client, settings):
        assert member_client.session.get_expiry_age() == settings.ACCOUNTS_MEMBER_IDLE_TIMEOUT
        assert settings.ACCOUNTS_MEMBER_IDLE_TIMEOUT <= 2 * 60 * 60

    def test_activity_keeps_it_alive(self, member_client):
        store = member_client.session
        store["idle_refreshed_at"] = 0  # last refreshed long ago
        store.save()
        Session.objects.update(expire_date=timezone.now() + datetime.timedelta(minutes=5))  # nearly idled out

        member_client.get("/accounts/")

        assert Session.objects.get().expire_date > timezone.now() + datetime.timedelta(hours=1)

    def test_staff_keep_the_longer_session(self, client, settings):
        UserFactory(username="editor", password=PASSWORD, is_superuser=True, is_staff=True)
        client.post("/admin/login/", {"username": "editor", "password": PASSWORD, "remember": "on"})
        client.get("/admin/")
        assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
