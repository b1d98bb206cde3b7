"""Every public form of the account side, driven by Hypothesis with hostile values (huge, NUL, invalid UTF-8,
injection strings) and wrong methods: never a 5xx, never an unescaped echo, no row created by a refused submission.

Covers: join, login, password reset (site and admin), a new confirmation link, the confirmation link itself,
the free-sample form and its unsubscribe link, redeeming an access code, deleting an account, and the admin login.
"""

from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.contrib.auth import get_user_model
from django.test import Client

from accounts.models import PendingSignup
from learning.models import Membership, SampleRequest
from tests.accounts.helpers import PASSWORD
from tests.factories.accounts import UserFactory
from tests.factories.learning import make_learning

User = get_user_model()

# Markers that would appear verbatim only if a value were echoed without escaping.
TAG = "<b id=hx9>"
ATTRIBUTE_BREAK = '" data-hx9="'
INJECTIONS = [
    TAG + "<script>alert(1)</script>",
    ATTRIBUTE_BREAK,
    "' OR 1=1 --",
    "{{ 7|add:7 }}{% debug %}",
    "robin@example.com\r\nBcc: victim@example.com",
    "http://evil.example/%0d%0aSet-Cookie:x=1",
    "../../../../etc/passwd",
    "\x00",
    "\u202e\ufeff",  # right-to-left override, byte-order mark
    "A" * 100_000,
    "😀" * 3000,
]
hostile_text = st.one_of(
    st.sampled_from(INJECTIONS),
    st.text(max_size=300),
    st.builds(lambda a, b: a + TAG + ATTRIBUTE_BREAK + b, st.text(max_size=40), st.text(max_size=40)),
)
invalid_utf8 = st.binary(min_size=1, max_size=64).filter(lambda raw: not is_utf8(raw))

FORMS = {
    "/accounts/join/": ["email", "password1", "password2", "access_code", "website"],
    "/accounts/login/": ["username", "password", "next"],
    "/accounts/password-reset/": ["email"],
    "/accounts/verify/new-link/": ["email"],
    "/learning/sample/": ["first_name", "email", "relationship", "news_consent", "website"],
    "/admin/login/": ["username", "password"],
    "/admin/password_reset/": ["email"],
}
TOKEN_PATHS = [
    "/accounts/verify/{}/",
    "/learning/sample/access/{}/",
    "/learning/sample/unsubscribe/{}/",
    "/accounts/password-reset/MQ/{}/",
]
MEMBER_FORMS = {"/accounts/my-learning/": ["access_code"], "/accounts/delete/": ["password"]}
HYPOTHESIS = settings(
    max_examples=15,
    deadline=None,
    database=None,  # tests never write files into the repository
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def is_utf8(raw):
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def rows():
    return (
        User.objects.count(),
        PendingSignup.objects.count(),
        SampleRequest.objects.count(),
        Membership.objects.count(),
    )


def assert_safe(response, before):
    assert response.status_code < 500, response.status_code
    body = response.content.decode("utf-8", "replace")
    assert TAG not in body
    assert ATTRIBUTE_BREAK not in body
    if response.status_code != 302:  # refused: nothing was stored
        assert rows() == before


@pytest.fixture(autouse=True)
def generous_limits(settings, home_page):
    """Limits would soon answer 429 to everything; raise them so the forms themselves are exercised."""
    settings.RATE_LIMITS = dict.fromkeys(settings.RATE_LIMITS, (10000, 60))
    settings.AXES_FAILURE_LIMIT = 10_000
    make_learning(home_page, modules=1, sample_number=1)


@pytest.mark.parametrize("path", FORMS)
@HYPOTHESIS
@given(data=st.data())
def test_public_forms_survive_hostile_values(path, data):
    values = {field: data.draw(hostile_text, label=field) for field in FORMS[path]}
    before = rows()
    assert_safe(Client().post(path, values), before)


@pytest.mark.parametrize("path", FORMS)
@HYPOTHESIS
@given(raw=invalid_utf8)
def test_public_forms_survive_invalid_utf8(path, raw):
    body = "&".join(f"{field}={quote_from_bytes(raw)}" for field in FORMS[path])
    before = rows()
    response = Client().generic("POST", path, body, content_type="application/x-www-form-urlencoded")
    assert_safe(response, before)


@pytest.mark.parametrize("path", [*FORMS, *MEMBER_FORMS])
@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
def test_wrong_methods_are_refused_cleanly(path, method):
    before = rows()
    response = Client().generic(method, path, "email=x")
    assert 400 <= response.status_code < 500 or response.status_code in (200, 302)
    assert_safe(response, before)


@pytest.mark.parametrize("template", TOKEN_PATHS)
@HYPOTHESIS
@given(token=st.one_of(st.sampled_from(INJECTIONS[:8]), st.text(min_size=1, max_size=200)))
def test_links_survive_hostile_tokens(template, token):
    path = template.format(quote_from_bytes(token.encode("utf-8", "surrogatepass"), safe=""))
    before = rows()
    for method in ("get", "post"):
        assert_safe(getattr(Client(), method)(path), before)


@pytest.mark.parametrize("path", MEMBER_FORMS)
@HYPOTHESIS
@given(data=st.data())
def test_member_forms_survive_hostile_values(path, data):
    member = UserFactory(password=PASSWORD)
    client = Client()
    client.force_login(member)
    values = {field: data.draw(hostile_text, label=field) for field in MEMBER_FORMS[path]}
    before = rows()
    assert_safe(client.post(path, values), before)
    assert User.objects.filter(pk=member.pk).exists()  # a wrong password never deletes the account
