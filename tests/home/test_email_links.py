"""Links in emails come from the site's address, not the request's Host header (issue 11, finding 15).

Before the fix a request sent with `Host: attacker.example` received reset, confirmation and sample emails whose
links pointed at attacker.example: whoever opened them handed their token to the attacker.
"""

import re

import pytest

from django.core import mail
from django.core.cache import cache

from tests.accounts.helpers import join_data
from tests.factories.learning import UserFactory, make_learning

ATTACKER = "attacker.example"


@pytest.fixture(autouse=True)
def site(home_page, settings):
    cache.clear()
    settings.ALLOWED_HOSTS = ["*"]  # a deployment that accepts several names is the case that mattered
    settings.WAGTAILADMIN_BASE_URL = "https://steadyground.example"
    make_learning(home_page, modules=1, sample_number=1)


def links_in_last_email():
    return re.findall(r"https?://\S+", mail.outbox[-1].body)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/learning/sample/", {"first_name": "Dana", "email": "dana@example.org", "consent": "on", "website": ""}),
        ("/accounts/join/", join_data()),
        ("/accounts/password-reset/", {"email": "reset.me@example.org"}),
    ],
    ids=["free sample", "join confirmation", "password reset"],
)
def test_email_links_ignore_the_host_header(client, url, data):
    UserFactory(email="reset.me@example.org")
    response = client.post(url, data, HTTP_HOST=ATTACKER)
    assert response.status_code == 302
    links = links_in_last_email()
    assert links
    assert all(link.startswith("https://steadyground.example/") for link in links), links
    assert ATTACKER not in mail.outbox[-1].body
