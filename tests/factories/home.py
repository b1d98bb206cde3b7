from django.conf import settings

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
