"""Issue 11's audit, the account side: one test per finding, each replaying the attack through HTTP only (so it
also runs against the code as it was, where each failed). Details of each fix are tested beside it."""

import datetime
import json
import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client

from learning.models import AccessCode, Membership, SampleRequest
from tests.accounts.helpers import PASSWORD, join_data
from tests.factories.accounts import UserFactory
from tests.factories.learning import AccessCodeFactory, MembershipFactory, make_learning

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

User = get_user_model()


def links(path_prefix):
    found = []
    for message in mail.outbox:
        found += re.findall(rf"http://testserver({path_prefix}\S+)", message.body)
    return found


def logged_in(client):
    return "_auth_user_id" in client.session


def test_finding_1_password_guessing_at_admin_login_is_locked_out():
    UserFactory(username="robin", password=PASSWORD)
    attacker = Client()
    statuses = [
        attacker.post("/admin/login/", {"username": "robin", "password": f"guess-{n}"}).status_code for n in range(15)
    ]
    assert 429 in statuses
    assert statuses.count(200) <= 5


def test_finding_1_a_member_cannot_log_in_at_admin_login():
    UserFactory(username="robin", password=PASSWORD)
    client = Client()
    right = client.post("/admin/login/", {"username": "robin", "password": PASSWORD})
    assert right.status_code == 200  # answered as a wrong password
    assert not logged_in(client)


def test_finding_2_opening_a_confirmation_link_logs_nobody_in():
    Client().post("/accounts/join/", join_data(email="attacker@example.com"))
    victim = Client()
    for path in links("/accounts/verify/"):
        victim.get(path)
        victim.post(path)
    assert not logged_in(victim)


def test_finding_3_a_deactivated_account_cannot_reactivate_itself():
    user = UserFactory(email="lapsed@example.com", password=PASSWORD)
    MembershipFactory(user=user)
    User.objects.filter(pk=user.pk).update(is_active=False)  # staff deactivated it
    owner = Client()

    owner.post("/accounts/verify/broken/", {"email": "lapsed@example.com"})
    owner.post("/accounts/verify/new-link/", {"email": "lapsed@example.com"})
    owner.post("/accounts/join/", join_data(email="lapsed@example.com"))
    for path in links("/accounts/verify/"):
        owner.get(path)
        owner.post(path)

    user.refresh_from_db()
    assert not user.is_active
    assert not logged_in(owner)


def test_finding_5_fake_sign_ups_hold_no_seats_and_every_bad_code_reads_alike(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": (100, 600)}
    code = AccessCodeFactory(code="THREE-SEATS", seats=3)
    for n in range(3):
        Client().post("/accounts/join/", join_data(email=f"fake{n}@example.com", access_code="THREE-SEATS"))
    code.refresh_from_db()
    assert code.used_count == 0

    AccessCodeFactory(code="OLD-CODE", valid_until=datetime.date(2020, 1, 1))
    AccessCodeFactory(code="FULL-CODE", seats=1, used_count=1)

    def error_for(typed):
        html = Client().post("/accounts/join/", join_data(email="x@example.com", access_code=typed)).content.decode()
        return re.search(r'id="id_access_code_error"[^>]*>(.*?)</', html, re.S).group(1)

    assert error_for("NO-SUCH-CODE") == error_for("OLD-CODE") == error_for("FULL-CODE")


def test_finding_6_the_sample_form_carries_no_attacker_text_and_overwrites_nobody(home_page):
    make_learning(home_page, modules=2, sample_number=1)
    victim_form = {"first_name": "Dana", "email": "dana@example.com", "relationship": "parent", "website": ""}
    Client().post("/learning/sample/", victim_form)  # the owner asks, without news
    mail.outbox.clear()

    hostile = {**victim_form, "first_name": "Dana\nYour account is locked: visit https://evil.example/login"}
    response = Client().post("/learning/sample/", {**hostile, "consent": "on", "news_consent": "on"})

    assert response.status_code == 400
    assert not any("evil.example" in message.body for message in mail.outbox)
    sample = SampleRequest.objects.get()
    assert sample.first_name == "Dana"
    assert not getattr(sample, "news_consent", getattr(sample, "consent", False))


def test_finding_11_admin_password_reset_is_rate_limited():
    UserFactory(username="editor", email="editor@example.com", is_staff=True, is_superuser=True)
    for _ in range(8):
        Client().post("/admin/password_reset/", {"email": "editor@example.com"})
    assert 0 < len(mail.outbox) <= 3


def test_finding_16_a_member_downloads_and_erases_their_data(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    code = AccessCodeFactory(code="SPONSOR-1", seats=5)
    user = UserFactory(username="robin", email="robin@example.com", password=PASSWORD)
    AccessCode.redeem("SPONSOR-1", user)
    client = Client()
    assert client.post("/accounts/login/", {"username": "robin", "password": PASSWORD}).status_code == 302
    assert client.session.get_expiry_age() <= 2 * 60 * 60  # a member's idle session ends within two hours

    download = client.get("/accounts/my-data/")
    assert download.status_code == 200
    data = json.loads(download.content)
    assert data["account"]["email"] == "robin@example.com"
    assert data["learning"]["membership"]["access_code"] == "SPONSOR-1"

    deleted = client.post("/accounts/delete/", {"password": PASSWORD})
    assert deleted.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Membership.objects.exists()
    code.refresh_from_db()
    assert code.used_count == 0
    assert mail.outbox[-1].to == ["robin@example.com"]
    call_command("purge_account_data")  # retention periods are enforced by a command the scheduler runs


@pytest.mark.parametrize("path", ["/learning/sample/"])
def test_finding_16_news_consent_is_not_bundled_into_the_sample_request(home_page, path):
    make_learning(home_page, modules=2, sample_number=1)
    form = {"first_name": "Dana", "email": "dana@example.com", "relationship": "", "website": ""}
    assert Client().post(path, form).status_code == 302  # no box ticked: the sample is still sent
    assert len(mail.outbox) == 1
