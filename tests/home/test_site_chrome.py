"""Editors change the crisis bar and the footer like content: drafts, preview, history, then publish."""

import pytest

from django.urls import reverse

from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from editorial import roles
from home.models import CrisisSupportSettings, SiteChromeSettings
from tests.editorial.helpers import client_for, user_in
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

EDIT = "wagtailsnippets_home_crisissupportsettings:edit"


@pytest.fixture
def editor(home_page):
    roles.apply_roles()
    return client_for(user_in(roles.EDITORS, first_name="Eden"))


@pytest.fixture
def crisis(home_page):
    return CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))


def crisis_form(message, help_page=None, **extra):
    line = {"label": "988 Lifeline", "phone": "988", "can_text": True, "description": "24/7"}
    data = nested_form_data(
        {
            "message": message,
            "help_lines": streamfield([("line", line)]),
            "more_help_page": help_page.pk if help_page else "",
            "quick_exit_url": "https://www.weather.gov/",
        }
    )
    return {**data, **extra}


def test_the_menu_item_opens_the_sites_crisis_bar_for_editing(editor, crisis):
    response = editor.get(reverse("wagtailsnippets_home_crisissupportsettings:list"))
    assert response.status_code == 302
    assert response.url == reverse(EDIT, args=[crisis.pk])
    page = editor.get(response.url).content.decode()
    assert "More ways to get help" in page and "Unpublish" not in page
    assert editor.get(reverse("wagtailsnippets_home_crisissupportsettings:add")).status_code == 302


def test_a_draft_waits_for_publishing_and_every_version_is_kept(editor, crisis, client, home_page):
    help_page = StandardPageFactory(parent=home_page, title="Help", slug="help")
    url = reverse(EDIT, args=[crisis.pk])

    assert editor.post(url, crisis_form("Draft words, not for readers yet", help_page)).status_code == 302
    home = client.get("/").content.decode()
    assert "Draft words" not in home and "worried about someone" in home
    preview = editor.post(
        reverse("wagtailsnippets_home_crisissupportsettings:preview_on_edit", args=[crisis.pk]),
        crisis_form("Draft words, not for readers yet", help_page),
    )
    assert preview.json()["is_valid"]
    shown = editor.get(reverse("wagtailsnippets_home_crisissupportsettings:preview_on_edit", args=[crisis.pk]))
    assert "Draft words, not for readers yet" in shown.content.decode()

    response = editor.post(url, crisis_form("Need to talk to someone now?", help_page, **{"action-publish": "1"}))
    assert response.status_code == 302
    home = client.get("/").content.decode()
    assert "Need to talk to someone now?" in home
    assert f'href="{help_page.url}">More ways to get help' in home
    crisis.refresh_from_db()
    assert crisis.live and crisis.revisions.count() == 2
    history = editor.get(reverse("wagtailsnippets_home_crisissupportsettings:history", args=[crisis.pk]))
    assert history.status_code == 200


def test_without_a_chosen_page_the_more_help_link_is_left_out(client, crisis):
    assert crisis.more_help_page is None
    assert "More ways to get help" not in client.get("/").content.decode()


def test_nothing_takes_the_crisis_bar_off_the_site(crisis, client):
    crisis.unpublish()
    crisis.refresh_from_db()
    assert crisis.live
    assert "worried about someone" in client.get("/").content.decode()


def test_contributors_cannot_change_the_crisis_bar_or_footer(home_page, crisis):
    roles.apply_roles()
    contributor = client_for(user_in(roles.CONTRIBUTORS))
    chrome = SiteChromeSettings.for_site(crisis.site)
    for url in (
        reverse(EDIT, args=[crisis.pk]),
        reverse("wagtailsnippets_home_sitechromesettings:edit", args=[chrome.pk]),
    ):
        assert contributor.get(url).status_code in (302, 403)
        assert contributor.post(url, crisis_form("Hacked", **{"action-publish": "1"})).status_code in (302, 403)
    preview = reverse("wagtailsnippets_home_crisissupportsettings:preview_on_edit", args=[crisis.pk])
    assert contributor.post(preview, crisis_form("Hacked")).status_code in (302, 403)
    assert contributor.get(preview).status_code in (302, 403)
    crisis.refresh_from_db()
    assert crisis.message != "Hacked"
