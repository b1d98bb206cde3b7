"""The site itself: the home page (home.yaml), the default Site and its settings, and plain pages (pages/*.md)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

from home.models import CrisisSupportSettings, HomePage, HomeStartHereLink, SiteChromeSettings, StandardPage

from ..files import markdown_files, read_markdown, read_yaml, rich_text
from ..pages import page_at, publish_child
from ..streams import stream_from_markdown


def load_home(context):
    home = HomePage.objects.first()
    if home is None:
        home = _create_home(context)
    site = _point_default_site_at(home)
    CrisisSupportSettings.for_site(site)
    SiteChromeSettings.for_site(site)


def _create_home(context):
    data = read_yaml("home.yaml")
    for set_later in ("footer_links", "plans", "choices"):
        del data[set_later]
    root = Page.get_first_root_node()
    # Wagtail's first migration leaves a plain "Welcome" page (and a Site on it) where the home page belongs.
    for placeholder in root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)):
        if not placeholder.get_children().exists():
            placeholder.delete()
    home = HomePage(**{**data, "introduction": rich_text(data["introduction"])})
    root.add_child(instance=home)
    home.save_revision().publish()
    context.log("Created the home page.")
    return home


def _point_default_site_at(home):
    """The default site, on the home page, under the address in WAGTAILADMIN_BASE_URL."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    wanted = {
        "hostname": address.hostname or "localhost",
        "port": address.port or (443 if address.scheme == "https" else 80),
        "root_page": home,
        "site_name": settings.SITE_NAME,
    }
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if any(getattr(site, name, None) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
    return site


def load_site_settings(context):
    """The footer links (site paths), the membership plans of home.yaml and the crisis bar's help page, set once:
    editors may change them."""
    data = read_yaml("home.yaml")
    site = Site.objects.get(is_default_site=True)
    crisis = CrisisSupportSettings.for_site(site)
    if crisis.more_help_page_id is None:
        crisis.more_help_page = page_at("/help/")
        crisis.save(update_fields=["more_help_page"])
    chrome = SiteChromeSettings.for_site(site)
    if not chrome.footer_links:
        chrome.footer_links = [("link", {"page": page_at(path), "label": ""}) for path in data["footer_links"]]
    if not chrome.plans:
        chrome.plans = [("plan", plan) for plan in data["plans"]]
    chrome.save()


def load_pages(context):
    """Each pages/<slug>.md is a StandardPage under the home page: front matter fields, the body as blocks."""
    home = HomePage.objects.get()
    for path in markdown_files("pages"):
        front, body = read_markdown(path)
        if StandardPage.objects.child_of(home).filter(slug=front["slug"]).exists():
            continue
        publish_child(home, StandardPage(**front, body=stream_from_markdown(StandardPage, "body", body)))
        context.log(f"Created the page “{front['title']}”.")


def load_home_choices(context):
    """The pages the home page offers (help now, start here, the free module), once they exist; set once."""
    home = HomePage.objects.get()
    if home.start_here_links.exists():
        return
    choices = read_yaml("home.yaml")["choices"]
    home.help_now_page = page_at(choices["help_now_page"])
    home.free_module = page_at(choices["free_module"])
    home.start_here_links = [
        HomeStartHereLink(page=page_at(path), sort_order=order) for order, path in enumerate(choices["start_here"])
    ]
    home.save_revision().publish()
    context.log("Chose the home page's help page, first posts and free module.")
