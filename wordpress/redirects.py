"""Permanent redirects from a WordPress site's addresses to the imported posts, archives and feed.

Stored as Wagtail redirects (wagtail.contrib.redirects), so editors see and edit them under Settings → Redirects.
"""

from urllib.parse import urlparse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

# WordPress's query-string addresses: ?p=ID (a post), ?page_id=ID, ?attachment_id=ID (an attachment page).
QUERY_KEYS = ("p", "page_id", "attachment_id")


def path_of(url):
    """The path (and query) of an address on the old site, or "" for an empty or foreign-looking value."""
    if not url:
        return ""
    parsed = urlparse(url)
    path = parsed.path or "/"
    return path + (f"?{parsed.query}" if parsed.query else "")


def post_paths(item, post_date):
    """Every address WordPress answered for a post: its permalink, the date and bare-slug shapes, ?p=ID."""
    paths = [path_of(item.link), f"/?p={item.post_id}"]
    if item.slug:
        paths += [
            f"/{post_date:%Y/%m}/{item.slug}/",
            f"/{post_date:%Y/%m/%d}/{item.slug}/",
            f"/{item.slug}/",
        ]
    return unique(paths)


def attachment_paths(attachment):
    return unique([path_of(attachment.link), f"/?attachment_id={attachment.post_id}"])


def unique(paths):
    seen = {}
    for path in paths:
        normalised = Redirect.normalise_path(path) if path else ""
        if normalised and normalised != "/" and normalised not in seen:
            seen[normalised] = path
    return list(seen)


class Redirects:
    """Creates or updates redirects for one site, counting what it did in `summary` under "redirect"."""

    def __init__(self, site, summary):
        self.site = site
        self.summary = summary

    def to_page(self, old_paths, page, route_path=""):
        self.save(old_paths, redirect_page=page, redirect_page_route_path=route_path, redirect_link="")

    def to_link(self, old_path, link):
        self.save([old_path], redirect_page=None, redirect_page_route_path="", redirect_link=link)

    def save(self, old_paths, **target):
        """Redirects from each of `old_paths` to `target`, in a query to read them and one to add the new ones."""
        old_paths = list(dict.fromkeys(Redirect.normalise_path(path) for path in old_paths))
        existing = {
            redirect.old_path: redirect for redirect in Redirect.objects.filter(site=self.site, old_path__in=old_paths)
        }
        new = [path for path in old_paths if path not in existing]
        Redirect.objects.bulk_create(
            [Redirect(old_path=path, site=self.site, is_permanent=True, **target) for path in new]
        )
        self.summary.count("redirect", "created", times=len(new))
        for redirect in existing.values():
            changed = not redirect.is_permanent or any(
                getattr(redirect, name if name != "redirect_page" else "redirect_page_id")
                != (value.pk if name == "redirect_page" and value else value)
                for name, value in target.items()
            )
            if changed:
                for name, value in target.items():
                    setattr(redirect, name, value)
                redirect.is_permanent = True
                redirect.save()
            self.summary.count("redirect", "updated" if changed else "unchanged")


def redirect_for_query(request):
    """The stored redirect for a WordPress query address (`/?p=62308`), looked up by that one parameter.

    Wagtail's redirect middleware only runs when a page is not found, and `/?p=62308` is found: it is the home
    page. Other parameters (tracking codes) are ignored, as WordPress ignored them.
    """
    for key in QUERY_KEYS:
        value = request.GET.get(key, "")
        if value.isdigit():
            old_path = Redirect.normalise_path(f"{request.path}?{key}={int(value)}")
            redirect = (
                Redirect.get_for_site(Site.find_for_request(request))
                .filter(old_path=old_path)
                .select_related("redirect_page")
                .first()
            )
            if redirect and redirect.link:
                return redirect
    return None
