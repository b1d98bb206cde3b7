from django.conf import settings
from django.contrib.contenttypes.models import ContentType

import wagtail_factories
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from home.models import HomePage, SiteChromeSettings, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "You can help someone you love"
    hero_text = "Practical guidance for families."

    class Meta:
        model = HomePage


def site_root():
    """The tree's root page; rebuilt when a transactional test has flushed Wagtail's migration data."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def remove_wagtail_welcome_page():
    """Delete the placeholder page (and its Site) that Wagtail's first migration makes. Every test's site replaces
    it, and deleting a page is slow, so the test database drops it once per run (tests/conftest.py) instead of in
    each make_site_with_home()."""
    for page in site_root().get_children().filter(content_type=ContentType.objects.get_for_model(Page), numchild=0):
        page.delete()


def put_back_wagtail_welcome_page():
    """The placeholder page and default Site as Wagtail's first migration leaves them (for tests of what meets a
    freshly migrated database, such as `seed_demo`)."""
    page = site_root().add_child(instance=Page(title="Welcome to your new Wagtail site!", slug="home"))
    Site.objects.create(hostname="localhost", port=80, root_page=page, is_default_site=True)
    return page


def make_site_with_home(**home_fields):
    """A published HomePage as the default site's root, replacing Wagtail's placeholder page."""
    root = site_root()
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, **home_fields)
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Steady Ground")
    return home


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About us"
    introduction = "Who we are and why this site exists."

    class Meta:
        model = StandardPage


def link_in_footer(home_page, *pages):
    """Put `pages` in the footer of every page, in order (the site settings editors fill)."""
    chrome = SiteChromeSettings.for_site(Site.objects.get(is_default_site=True))
    chrome.footer_links = [("link", {"page": page, "label": ""}) for page in pages]
    chrome.save()
