"""The crisis bar's markup: Quick exit before anything else focusable, call and text links, the directory link."""

import re

import pytest

from wagtail.models import Site

from home.models import CrisisSupportSettings

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]


def test_quick_exit_is_the_first_link_in_the_page(client, home_page):
    html = client.get("/").content.decode()
    body = html[html.index("<body") :]
    first_link = re.search(r"<a [^>]*>", body).group(0)
    assert "data-quick-exit" in first_link
    assert 'href="https://www.weather.gov/"' in first_link
    assert 'rel="noreferrer"' in first_link
    assert body.index("data-quick-exit") < body.index('href="#main"')


def test_guard_script_runs_before_the_page_is_shown(client, home_page):
    html = client.get("/").content.decode()
    head = html[: html.index("</head>")]
    guard = re.search(r'<script src="[^"]*quick-exit-guard\.js"></script>', head)
    assert guard, "the guard must be a blocking script in <head>"


def test_lines_that_take_texts_get_an_sms_link_and_the_directory_is_linked(client, home_page):
    crisis = CrisisSupportSettings.for_site(Site.objects.get())
    crisis.help_lines = [("line", {"label": "988 Lifeline", "phone": "988", "can_text": True, "description": ""})]
    crisis.save()
    html = client.get("/").content.decode()
    assert 'href="tel:988"' in html
    assert 'href="sms:988"' in html
    assert 'href="/resources/"' in html
    assert 'href="/help/"' in html
