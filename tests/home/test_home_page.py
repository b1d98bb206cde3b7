import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage

pytestmark = pytest.mark.search_index  # searches, or renders what search finds


@pytest.mark.django_db
def test_home_page_renders_with_crisis_bar_and_navigation(client, home_page):
    response = client.get("/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Steady Ground" in html
    assert home_page.hero_heading in html
    assert 'aria-label="Crisis support"' in html
    assert 'href="tel:988"' in html
    assert "1-800-662-4357" in html
    assert "data-quick-exit" in html
    assert 'href="#main"' in html  # skip link
    assert 'action="/search/"' in html  # the header search box
    for link in ("/blog/", "/learning/", "/help/", "/accounts/join/", "/accounts/login/"):
        assert f'href="{link}"' in html


@pytest.mark.django_db
def test_crisis_bar_text_comes_from_site_settings(client, home_page):
    from wagtail.models import Site

    from home.models import CrisisSupportSettings

    crisis = CrisisSupportSettings.for_site(Site.objects.get())
    crisis.message = "Need to talk to someone tonight?"
    crisis.help_lines = [("line", {"label": "Local line", "phone": "555-0100", "can_text": False, "description": ""})]
    crisis.save()

    html = client.get("/").content.decode()
    assert "Need to talk to someone tonight?" in html
    assert "555-0100" in html
    assert "1-800-662-4357" not in html


@pytest.mark.django_db
def test_home_page_meta_tags(client, home_page):
    html = client.get("/").content.decode()
    assert '<link rel="canonical" href="http://localhost/">' in html
    assert 'property="og:title"' in html


class TestHomePageTree(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_only_one_home_page(self):
        assert HomePage.max_count == 1
