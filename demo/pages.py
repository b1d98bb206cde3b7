"""Finding and publishing demo pages."""

from wagtail.models import Page, Site


def publish_child(parent, page):
    """Add `page` under `parent` and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def page_at(path):
    """The page at a site path such as `/blog/rewarding-sober-time/`; a clear error if the data names none."""
    root = Site.objects.get(is_default_site=True).root_page
    page = Page.objects.filter(url_path=root.url_path + path.strip("/") + "/").first()
    if page is None:
        raise LookupError(f"The demo data links to {path}, but no page is there (yet).")
    return page
