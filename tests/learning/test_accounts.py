"""Member accounts: join (with and without an access code), email confirmation, log in and out, password
reset, and "My learning"."""

import datetime
import re
import smtplib
import time
from unittest import mock

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from learning.models import AccessCode, Membership, ModuleProgress
from learning.views.accounts import make_verify_token
from tests.factories.learning import AccessCodeFactory, MembershipFactory, UserFactory, make_learning

User = get_user_model()
PASSWORD = "quiet-Harbour-lamp-58"


def join_data(**overrides):
    return {
        "email": "Robin.Parent@Example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "access_code": "",
        "website": "",
        **overrides,
    }


def link_in(message, path_prefix):
    return re.search(rf"http://testserver({path_prefix}\S+)", message.body).group(1)


@pytest.fixture(autouse=True)
def site_and_fresh_limits(home_page):
    """Every test gets a site (the pages show its crisis bar) and empty rate-limit counters."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def access_code():
    return AccessCodeFactory(code="RIVER-2027", seats=2)


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

    def test_joining_with_a_code_gives_a_membership_until_the_codes_end_once_confirmed(
        self, client, access_code, mailoutbox
    ):
        client.post("/accounts/join/", join_data(access_code=" river-2027 "))

        membership = Membership.objects.get()
        assert membership.status == Membership.Status.PENDING  # not yet: the email address is unconfirmed
        assert not membership.user.groups.filter(name="Members").exists()
        link = re.search(r"http://testserver(/accounts/verify/\S+/)", mailoutbox[-1].body).group(1)
        client.get(link)
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
            ({}, "NO-SUCH-CODE", "We don&#x27;t recognise that access code"),
            ({"active": False}, "RIVER-2027", "We don&#x27;t recognise that access code"),
            ({"valid_until": datetime.date(2020, 1, 1)}, "RIVER-2027", "That access code has expired"),
            ({"seats": 1, "used_count": 1}, "RIVER-2027", "All the seats for that access code have been taken"),
        ],
        ids=["unknown", "inactive", "expired", "exhausted"],
    )
    def test_a_code_that_cannot_be_used_creates_nothing_and_says_why(self, client, code_fields, typed, message):
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
        with mock.patch("learning.views.accounts.send_mail", side_effect=smtplib.SMTPException("mail is down")):
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
        assert mail.outbox[0].subject == "You already have a Steady Ground account"
        assert "/accounts/login/" in mail.outbox[0].body
        assert "/accounts/password-reset/" in mail.outbox[0].body

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
        assert "recognise that access code" in response.content.decode()
        assert mail.outbox == []

    def test_an_account_created_at_the_same_moment_counts_as_existing(self, client):
        owner = UserFactory(username="robin.parent@example.com", email="robin.parent@example.com")
        race = mock.patch("learning.views.accounts.existing_account", side_effect=[None, owner])
        same_username = mock.patch("learning.views.accounts.username_for", return_value=owner.username)
        with race, same_username:
            response = client.post("/accounts/join/", join_data())

        assert response["Location"] == "/accounts/join/check-your-email/"
        assert list(User.objects.all()) == [owner]
        assert mail.outbox[0].subject == "You already have a Steady Ground account"

    def test_an_unconfirmed_account_gets_a_fresh_confirmation_link(self, client):
        waiting = UserFactory(email="robin.parent@example.com", is_active=False)

        client.post("/accounts/join/", join_data())

        assert User.objects.count() == 1
        path = link_in(mail.outbox[0], "/accounts/verify/")
        client.get(path)
        waiting.refresh_from_db()
        assert waiting.is_active


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

    def test_login_is_rate_limited_per_address(self, client, user, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": (3, 60)}
        for _ in range(3):
            client.post("/accounts/login/", {"username": "robin", "password": "wrong"})

        response = client.post("/accounts/login/", {"username": "robin", "password": PASSWORD})

        assert response.status_code == 429
        assert "crisis lines" in response.content.decode()
        assert "_auth_user_id" not in client.session
        other_address = client.post(
            "/accounts/login/", {"username": "robin", "password": PASSWORD}, REMOTE_ADDR="198.51.100.9"
        )
        assert other_address.status_code == 302

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


class TestPasswordReset:
    def test_the_emailed_link_sets_a_new_password(self, client):
        UserFactory(username="robin", email="robin@example.com", password=PASSWORD)

        response = client.post("/accounts/password-reset/", {"email": "Robin@Example.com"})

        assert response["Location"] == "/accounts/password-reset/sent/"
        assert "Check your email" in client.get(response["Location"]).content.decode()
        assert len(mail.outbox) == 1
        assert mail.outbox[0].subject == "Choose a new password for Steady Ground"
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
        assert "That access code has expired" in response.content.decode()
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
        assert re.search(rf"{modules[0].title}</a>\s*<span[^>]*>About \d+ minutes ·\s*<strong>Completed", html)
        assert html.count("Not started") == 1

    def test_without_a_learning_index_there_is_no_module_list(self, client):
        client.force_login(MembershipFactory().user)
        response = client.get("/accounts/my-learning/")
        assert response.status_code == 200
        assert "The modules" not in response.content.decode()


def test_a_whole_join_works_with_csrf_checks_enforced(home_page):
    browser = Client(enforce_csrf_checks=True)
    AccessCodeFactory(code="RIVER-2027")

    assert browser.post("/accounts/join/", join_data()).status_code == 403
    browser.get("/accounts/join/")
    token = browser.cookies["csrftoken"].value
    response = browser.post("/accounts/join/", join_data(access_code="RIVER-2027", csrfmiddlewaretoken=token))
    assert response.status_code == 302

    response = browser.get(link_in(mail.outbox[0], "/accounts/verify/"), follow=True)

    html = response.content.decode()
    assert "Active until" in html
    assert User.objects.get().is_active
    logout_token = browser.cookies["csrftoken"].value
    assert browser.post("/accounts/logout/", {"csrfmiddlewaretoken": logout_token}).status_code == 302
