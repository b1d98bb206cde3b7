"""Emails to families go out under the neutral sender name and subject set in "Discreet emails"."""

import pytest

from django.core import mail
from django.core.cache import cache

from wagtail.models import Site

from home.family_email import send_family_email
from home.models import DiscreetEmailSettings
from tests.accounts.helpers import PASSWORD, join_data
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def discreet(home_page):
    cache.clear()
    settings = DiscreetEmailSettings.for_site(Site.objects.get(is_default_site=True))
    settings.sender_name, settings.subject = "Billing desk", "Your account"
    settings.save()
    return settings


def assert_neutral(message):
    assert message.subject == "Your account"
    assert message.from_email.startswith("Billing desk <")
    first_line = message.body.strip().splitlines()[0].lower()
    for revealing in ("drug", "alcohol", "addict", "recovery", "craft", "crisis"):
        assert revealing not in first_line, first_line


def test_defaults_name_nothing(home_page):
    send_family_email(None, "parent@example.org", "Hello,\n\nHere it is.")
    message = mail.outbox[0]
    assert message.subject == "The information you asked for"
    assert message.from_email.startswith("Notifications <")


def test_password_reset_email_is_neutral(client, discreet):
    UserFactory(username="robin", email="robin@example.com", password=PASSWORD)
    client.post("/accounts/password-reset/", {"email": "robin@example.com"})
    assert_neutral(mail.outbox[0])


def test_join_confirmation_email_is_neutral(client, discreet):
    client.post("/accounts/join/", join_data())
    assert mail.outbox, "the join flow sends a confirmation"
    assert_neutral(mail.outbox[0])


def test_card_email_is_neutral(client, discreet):
    client.post(
        "/resources/card/", {"action": "email", "size": "index", "email": "p@example.org", "own_1_name": "Aunt Jo"}
    )
    assert_neutral(mail.outbox[0])
