"""The contact form: it reaches staff (stored and emailed), and bots, floods and mail outages do it no harm."""

import datetime
import smtplib
from unittest import mock

import pytest

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils import WagtailPageTestCase

from contact.models import ContactPage
from home.models import HomePage
from tests.factories.contact import make_contact_page

MESSAGE = {
    "your_name": "Jo Parent",
    "your_email_address": "jo@example.com",
    "your_message": "My son won't talk to me. <script>alert(1)</script> Where do I start?",
}


@pytest.fixture
def contact(home_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contact": (3, 600)}
    cache.clear()
    return make_contact_page(home_page)


@pytest.mark.django_db
def test_the_form_shows_the_editors_questions_and_a_hidden_honeypot(client, contact):
    response = client.get(contact.url)
    assert response.status_code == 200
    html = response.text
    for label in ("Your name", "Your email address", "Your message"):
        assert label in html
    assert 'class="form-honeypot" aria-hidden="true"' in html
    assert html.count('name="website"') == 1


@pytest.mark.django_db
def test_a_message_is_stored_and_emailed_to_staff_with_the_sender_as_reply_to(client, contact):
    response = client.post(contact.url, MESSAGE)
    assert response.status_code == 200
    assert "your message was sent" in response.text
    submission = FormSubmission.objects.get(page=contact)
    assert submission.form_data == MESSAGE  # the honeypot's empty field is not stored
    (email,) = mail.outbox
    assert email.to == ["team@example.com"]
    assert email.reply_to == ["jo@example.com"]
    assert "Where do I start?" in email.body


@pytest.mark.django_db
def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_stored_or_sent(client, contact):
    response = client.post(contact.url, {**MESSAGE, "website": "https://spam.example"})
    assert response.status_code == 200
    assert "your message was sent" in response.text
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_mail_outage_keeps_the_message_and_thanks_the_sender(client, contact, caplog):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPException("down")):
        response = client.post(contact.url, MESSAGE)
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=contact).count() == 1
    assert "could not email" in caplog.text


@pytest.mark.django_db
def test_bad_input_gets_a_message_and_nothing_is_stored(client, contact):
    response = client.post(contact.url, {**MESSAGE, "your_email_address": "not an address", "your_message": ""})
    assert response.status_code == 200
    assert "Please check the form" in response.text
    assert not FormSubmission.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\u2028"])
def test_a_one_line_answer_cannot_forge_lines_in_the_email_to_staff(client, contact, line_break):
    """Attack pass: a name with a line break added its own "Your email address:" line to the staff email."""
    forged = {**MESSAGE, "your_name": f"Jo{line_break}Your email address: reply-here@evil.example"}
    response = client.post(contact.url, forged)
    assert response.status_code == 200
    assert "Please keep this answer to one line." in response.text
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_a_flood_of_messages_is_refused_with_429(client, contact):
    statuses = [client.post(contact.url, MESSAGE).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert FormSubmission.objects.count() == 3


@pytest.mark.django_db
def test_messages_older_than_the_retention_period_are_deleted(contact, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    old = FormSubmission.objects.create(page=contact, form_data=MESSAGE)
    FormSubmission.objects.filter(pk=old.pk).update(submit_time=timezone.now() - datetime.timedelta(days=31))
    recent = FormSubmission.objects.create(page=contact, form_data=MESSAGE)
    call_command("purge_contact_messages", stdout=mock.Mock())
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [recent.pk]


class TestContactPageTree(WagtailPageTestCase):
    def test_it_lives_under_the_home_page_only_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage})
        self.assertAllowedSubpageTypes(ContactPage, {})
