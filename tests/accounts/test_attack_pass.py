"""Session 4's attack pass on the account flows: each test replays an attack through HTTP and failed on the code
as it was."""

import pytest

from django.core import mail
from django.test import Client

from tests.accounts.helpers import join_data
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

VICTIM = "family@example.com"


def from_many_addresses(count):
    """Clients that each come from their own IP address, as an attacker with many proxies would."""
    return [Client(REMOTE_ADDR=f"203.0.113.{n + 1}") for n in range(count)]


def test_joining_again_cannot_flood_a_familys_inbox_from_many_addresses():
    """Joining with someone's address from many IP addresses sent them one email per request ("confirm your
    address" or "you already have an account"): a flood that tells everyone who shares the inbox about the site.
    Emails to one address are now limited per address (RATE_LIMITS["account_email"])."""
    for client in from_many_addresses(10):
        response = client.post("/accounts/join/", join_data(email=VICTIM))
        assert response.status_code == 302  # the same answer every time: nothing tells the attacker it stopped
    assert 1 <= len(mail.outbox) <= 3
    assert {message.to[0] for message in mail.outbox} == {VICTIM}


def test_an_existing_account_cannot_be_flooded_with_notices():
    UserFactory(email=VICTIM)
    for client in from_many_addresses(10):
        client.post("/accounts/join/", join_data(email=VICTIM))
    assert 1 <= len(mail.outbox) <= 3


def test_new_confirmation_links_cannot_flood_a_waiting_sign_up():
    Client(REMOTE_ADDR="198.51.100.1").post("/accounts/join/", join_data(email=VICTIM))
    for client in from_many_addresses(10):
        response = client.post("/accounts/verify/new-link/", {"email": VICTIM})
        assert response.status_code == 302
    assert 1 <= len(mail.outbox) <= 3
