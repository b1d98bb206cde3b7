"""The free sample by email: the request, the link, the cookie, and what the grant opens."""

import re
import smtplib
from unittest import mock

import pytest

from django.core import signing
from django.test import Client

from learning import access
from learning.models import SampleRequest
from tests.factories.learning import LOCKED_WORDS

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

FORM = {
    "first_name": "Dana",
    "email": "Dana@Example.com",
    "relationship": "parent",
    "news_consent": "on",
    "website": "",
}


learning_sample = 2  # the free sample module (tests/learning/conftest.py builds them)


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()


def link_from(mail):
    return re.search(r"http://testserver(/learning/sample/access/\S+/)", mail.body).group(1)


@pytest.mark.django_db
class TestSampleRequest:
    def test_form_renders_privately(self, client, learning):
        response = client.get("/learning/sample/")
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]
        assert 'name="website"' in response.content.decode()

    def test_request_is_stored_and_emailed(self, client, learning, mailoutbox):
        response = client.post("/learning/sample/", FORM)
        assert response.status_code == 302 and response["Location"] == "/learning/sample/thanks/"
        request = SampleRequest.objects.get()
        assert (request.email, request.first_name, request.relationship, request.news_consent) == (
            "dana@example.com",
            "Dana",
            "parent",
            True,
        )
        assert len(mailoutbox) == 1 and mailoutbox[0].to == ["dana@example.com"]
        assert "/learning/sample/access/" in mailoutbox[0].body
        assert SampleRequest.objects.get().send_count == 1
        thanks = client.get("/learning/sample/thanks/").content.decode()
        assert "spam" in thanks and "promotions" in thanks

    def test_asking_again_resends_and_never_overwrites_what_the_owner_gave(self, client, learning, mailoutbox):
        client.post("/learning/sample/", {**FORM, "news_consent": ""})
        client.post("/learning/sample/", {**FORM, "email": "dana@example.com", "first_name": "Mallory"})
        assert SampleRequest.objects.count() == 1
        sample = SampleRequest.objects.get()
        assert (sample.first_name, sample.news_consent) == ("Dana", False)
        assert len(mailoutbox) == 2
        assert "Mallory" not in mailoutbox[1].body

    def test_honeypot_stores_nothing(self, client, learning, mailoutbox):
        response = client.post("/learning/sample/", {**FORM, "website": "http://spam.example"})
        assert response.status_code == 302
        assert not SampleRequest.objects.exists() and not mailoutbox

    @pytest.mark.parametrize(
        "bad",
        [
            {"email": "not-an-email"},
            {"first_name": "Dana\nVisit evil.example"},
            {"first_name": ""},
            {"relationship": "cousin-ish"},
        ],
    )
    def test_bad_input_gets_a_clear_400(self, client, learning, bad):
        response = client.post("/learning/sample/", {**FORM, **bad})
        assert response.status_code == 400
        assert "Please check the form" in response.content.decode()
        assert not SampleRequest.objects.exists()

    def test_email_failure_keeps_the_request_and_shows_no_error(self, client, learning, caplog):
        with mock.patch("django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPException("mail server down")):
            response = client.post("/learning/sample/", FORM)
        assert response.status_code == 302
        request = SampleRequest.objects.get()
        assert "mail server down" in request.last_error
        assert "could not email" in caplog.text

    def test_rate_limited_per_ip(self, client, learning, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "sample_ip": (2, 600)}
        for n in range(2):
            assert client.post("/learning/sample/", {**FORM, "email": f"a{n}@example.com"}).status_code == 302
        assert client.post("/learning/sample/", {**FORM, "email": "a9@example.com"}).status_code == 429

    def test_rate_limited_per_email(self, client, learning, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "sample_email": (1, 3600)}
        assert client.post("/learning/sample/", FORM).status_code == 302
        assert client.post("/learning/sample/", FORM).status_code == 429


@pytest.mark.django_db
class TestSampleGrant:
    def test_link_opens_the_sample_many_times_and_nothing_else(self, client, learning, mailoutbox):
        _, modules = learning
        client.post("/learning/sample/", FORM)
        link = link_from(mailoutbox[0])

        browser = Client()
        for _ in range(2):  # mail scanners open links first; the family must still get in
            response = browser.get(link)
            assert response.status_code == 302 and response["Location"] == modules[1].url
        sample_html = browser.get(modules[1].url).content.decode()
        assert LOCKED_WORDS["body"] in sample_html
        for other in (modules[0], modules[2]):
            html = browser.get(other.url).content.decode()
            assert LOCKED_WORDS["body"] not in html

    @pytest.mark.parametrize("token", ["garbage", "a:b:c"])
    def test_tampered_link_is_refused_with_a_clear_page(self, client, learning, token):
        response = client.get(f"/learning/sample/access/{token}/")
        assert response.status_code == 400
        assert "Get a new link" in response.content.decode()
        assert access.SAMPLE_GRANT_COOKIE not in response.cookies

    def test_expired_link_is_refused(self, client, learning, mailoutbox):
        client.post("/learning/sample/", FORM)
        link = link_from(mailoutbox[0])
        with mock.patch("django.core.signing.time.time", return_value=signing.time.time() + 31 * 24 * 3600):
            response = client.get(link)
        assert response.status_code == 400

    def test_forged_cookie_opens_nothing(self, learning):
        _, modules = learning
        browser = Client()
        browser.cookies[access.SAMPLE_GRANT_COOKIE] = "forged-value"
        assert LOCKED_WORDS["body"] not in browser.get(modules[1].url).content.decode()


@pytest.mark.django_db
class TestNewsConsentAndUnsubscribe:
    def test_news_is_its_own_optional_unticked_box(self, client, learning):
        html = client.get("/learning/sample/").content.decode()
        box = re.search(r'<input type="checkbox" name="news_consent"[^>]*>', html).group(0)
        assert "checked" not in box and "required" not in box
        assert client.post("/learning/sample/", {**FORM, "news_consent": ""}).status_code == 302
        assert SampleRequest.objects.get().news_consent is False

    def test_the_email_carries_one_click_unsubscribe_headers(self, client, learning, mailoutbox):
        client.post("/learning/sample/", FORM)
        headers = mailoutbox[0].extra_headers
        assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        link = re.fullmatch(r"<http://testserver(/learning/sample/unsubscribe/\S+/)>", headers["List-Unsubscribe"])
        assert link.group(1) in mailoutbox[0].body

    def test_a_mail_apps_one_click_post_unsubscribes_without_login_or_csrf(self, learning, mailoutbox):
        Client().post("/learning/sample/", FORM)
        path = re.search(r"<http://testserver(\S+)>", mailoutbox[0].extra_headers["List-Unsubscribe"]).group(1)
        mail_app = Client(enforce_csrf_checks=True)

        assert mail_app.get(path).status_code == 200
        assert SampleRequest.objects.get().news_consent is True  # a mail scanner's GET changes nothing
        response = mail_app.post(path, {"List-Unsubscribe": "One-Click"})

        assert response.status_code == 200
        assert "You are unsubscribed" in response.content.decode()
        assert SampleRequest.objects.get().news_consent is False

    def test_a_tampered_unsubscribe_link_is_a_clear_400(self, client, learning):
        assert client.post("/learning/sample/unsubscribe/forged/").status_code == 400
