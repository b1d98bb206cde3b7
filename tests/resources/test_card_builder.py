"""The card builder: validation, hostile input, the PDF, the email, and that nothing typed is stored."""

import io

import pytest
from pypdf import PdfReader

from django.apps import apps
from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from accounts.models import RateLimitCount
from home.models import DiscreetEmailSettings
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db
URL = "/resources/card/"


@pytest.fixture(autouse=True)
def site(home_page):
    cache.clear()  # rate-limit counts of earlier tests
    return home_page


def post(client, action="print", **data):
    return client.post(URL, {"action": action, "size": "index", **data})


def pdf_text(content):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def row_counts():
    # Rate-limit windows hold counts under HMAC keys, nothing typed: they are not stored text.
    return {model._meta.label: model.objects.count() for model in apps.get_models() if model is not RateLimitCount}


def test_link_prefills_picked_resources_and_ignores_junk(client):
    one, two = ResourceFactory(name="First Line"), ResourceFactory(name="Second Line")
    response = client.get(URL, {"resource": [str(two.pk), str(one.pk), "999999", "x"]})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Second Line") < html.index("First Line")
    assert f'value="{one.pk}" checked' in html
    assert "nothing you type here is saved" in html
    assert "no-store" in response["Cache-Control"]


def test_printable_card_shows_entries_and_personal_line(client):
    resource = ResourceFactory(name="Harbor Detox", phone="216-555-0100")
    response = post(
        client,
        resource=[resource.pk],
        own_1_name="Dr. Ruiz",
        own_1_phone="(216) 555-0199",
        personal_line="We love you. Call any time.",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Harbor Detox") >= 2  # two cards to a sheet
    assert "Dr. Ruiz" in html and "Call (216) 555-0199" in html
    assert "We love you. Call any time." in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Add at least one name and number"),
        ({"own_1_name": "Aunt Jo", "own_1_phone": "call me maybe"}, "digits only"),
        ({"own_1_name": "Aunt Jo", "own_1_phone": "12"}, "digits only"),
        ({"own_1_phone": "216-555-0100"}, "Give this entry a name"),
        ({"own_1_name": "x" * 81}, "at most 80 characters"),
        ({"own_1_name": "Aunt Jo", "personal_line": "y" * 121}, "at most 120 characters"),
        ({"own_1_name": "Aunt\x00Jo"}, "Null characters are not allowed"),
        ({"resource": ["abc"]}, "no longer listed"),
        ({"resource": ["99999999"]}, "no longer listed"),
        ({"own_1_name": "Aunt Jo", "size": "poster"}, "Select a valid choice"),
    ],
)
def test_bad_input_gets_a_message_and_a_400(client, data, message):
    response = client.post(URL, {"action": "print", "size": "index", **data})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_at_most_six_entries(client):
    picked = [resource.pk for resource in ResourceFactory.create_batch(5)]
    response = post(client, resource=picked, own_1_name="Aunt Jo", own_2_name="Uncle Al")
    assert response.status_code == 400
    assert "at most 6 entries" in response.content.decode()
    too_many_picks = post(client, resource=[resource.pk for resource in ResourceFactory.create_batch(7)])
    assert too_many_picks.status_code == 400


def test_unknown_action_is_a_400(client):
    assert post(client, action="delete-everything", own_1_name="Aunt Jo").status_code == 400


def test_hostile_text_is_escaped_everywhere(client):
    evil = '<script>alert("x")</script>'
    html = post(client, own_1_name=evil, own_1_note="<b>bold</b>", personal_line=evil).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "<b>bold</b>" not in html


def test_pdf_contains_the_entries(client):
    resource = ResourceFactory(name="Harbor Detox", phone="216-555-0100", hours="24/7")
    response = post(
        client,
        action="pdf",
        resource=[resource.pk],
        own_1_name="Dr. Ruiz <&>",
        own_1_phone="216-555-0199",
        personal_line="We love you. Call any time.",
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="card.pdf"'
    text = pdf_text(response.content)
    for expected in ["Harbor Detox", "Call 216-555-0100", "Dr. Ruiz <&>", "We love you. Call any time."]:
        assert expected in text
    assert text.count("Harbor Detox") == 2


def test_wallet_pdf_has_four_cards(client):
    response = client.post(URL, {"action": "pdf", "size": "wallet", "own_1_name": "Aunt Jo", "own_1_phone": "988"})
    assert pdf_text(response.content).count("Aunt Jo") == 4


def test_email_goes_out_with_the_neutral_sender_and_subject(client, home_page):
    settings = DiscreetEmailSettings.for_site(home_page.get_site())
    settings.sender_name, settings.subject = "Account notices", "Your request"
    settings.save()
    response = post(
        client,
        action="email",
        email="parent@example.org",
        own_1_name="Aunt Jo",
        own_1_phone="988",
        personal_line="We love you.",
    )
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["parent@example.org"]
    assert message.subject == "Your request"
    assert message.from_email.startswith("Account notices <")
    first_line = message.body.splitlines()[0].lower()
    for revealing in ("drug", "alcohol", "addict", "recovery", "steady ground", "crisis"):
        assert revealing not in first_line
    assert "Aunt Jo" in message.body
    name, content, mimetype = message.attachments[0]
    assert mimetype == "application/pdf" and "Aunt Jo" in pdf_text(content)


@pytest.mark.parametrize(
    "typed",
    [
        {"personal_line": "Your account is locked: visit https://evil.example/login"},
        {"personal_line": "Go to www.evil.example now"},
        {"own_1_note": "claim your refund at evil-site.com"},
        {"own_2_name": "write to help@evil.example", "own_2_phone": "988"},
    ],
)
def test_the_email_carries_no_link_typed_by_anyone(client, typed):
    """Attack pass: the card email goes to any address typed, from the site, so a stranger could send anyone a
    phishing line with a link. Typed text with a web or email address is refused for the email, with a message."""
    response = post(client, action="email", email="victim@example.org", own_1_name="Aunt Jo", **typed)
    assert response.status_code == 400
    assert "can&#x27;t be sent by email" in response.content.decode()
    assert not mail.outbox
    # The printed card may carry a website, and "Dr. Ruiz" is not a link.
    assert post(client, action="print", own_1_name="Aunt Jo", **typed).status_code == 200
    assert post(client, action="email", email="me@example.org", own_1_name="Dr. Ruiz").status_code == 200


def test_email_needs_an_address(client):
    response = post(client, action="email", own_1_name="Aunt Jo")
    assert response.status_code == 400
    assert "Type your email address" in response.content.decode()
    assert not mail.outbox


@override_settings(RATE_LIMITS={"card_email_ip": (2, 600), "card_email_address": (5, 3600)})
def test_email_is_rate_limited(client):
    for address in ("a@example.org", "b@example.org"):
        assert post(client, action="email", email=address, own_1_name="Aunt Jo").status_code == 200
    assert post(client, action="email", email="c@example.org", own_1_name="Aunt Jo").status_code == 429
    assert len(mail.outbox) == 2


def test_nothing_typed_is_stored(client, home_page):
    resource = ResourceFactory()
    DiscreetEmailSettings.for_site(home_page.get_site())  # settings rows are made on first use
    client.get(URL)
    before = row_counts()
    data = {"resource": [resource.pk], "own_1_name": "Secret Counsellor", "personal_line": "Private words"}
    for action in ("print", "pdf", "email", "change"):
        post(client, action=action, email="parent@example.org", **data)
    assert row_counts() == before
    assert "sessionid" not in client.cookies


def test_change_returns_to_the_builder_with_the_card(client):
    html = post(client, action="change", own_1_name="Aunt Jo", personal_line="Hi").content.decode()
    assert 'value="Aunt Jo"' in html
    assert 'value="Hi"' in html
