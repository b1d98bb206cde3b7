"""Permanent redirects from a WordPress site's addresses to the imported posts, archives and feed.

Stored as Wagtail redirects (wagtail.contrib.redirects), so editors see and edit them under Settings → Redirects.
"""

from urllib.parse import urlparse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

# WordPress's query-string addresses: ?p=ID (a post), ?page_id=ID, ?attachment_id=ID (an attachment page).
QUERY_KEYS = ("p", "page_id", "attachment_id")
OLD_PATH_LENGTH = Redirect._meta.get_field("old_path").max_length


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
    """Creates or updates redirects for one site, counting what it did in `summary` under "redirect".

    Stored redirects are read a batch of posts at a time (`prefetch`), new ones are created in bulk when the batch
    ends (`flush`); what a post changes in that memory goes through `journal`, so a post that rolls back leaves
    nothing behind here either.
    """

    def __init__(self, site, summary, journal):
        self.site = site
        self.summary = summary
        self.journal = journal
        self.known = {}  # old path: its redirect (stored, or pending), or None when there is none
        self.pending = {}  # old path: a new redirect, created when the batch ends

    def to_page(self, old_paths, page, route_path=""):
        self.save(old_paths, redirect_page=page, redirect_page_route_path=route_path, redirect_link="")

    def to_link(self, old_path, link):
        self.save([old_path], redirect_page=None, redirect_page_route_path="", redirect_link=link)

    def prefetch(self, old_paths):
        """Read the stored redirects of `old_paths` not read yet, in one query."""
        paths = [path for path in dict.fromkeys(map(Redirect.normalise_path, old_paths)) if path not in self.known]
        if not paths:
            return
        stored = Redirect.objects.filter(site=self.site, old_path__in=paths)
        found = {redirect.old_path: redirect for redirect in stored}
        for path in paths:
            self.known[path] = found.get(path)

    def save(self, old_paths, **target):
        """Redirects from each of `old_paths` to `target`. An old path too long to store is skipped and reported."""
        paths = []
        for path in dict.fromkeys(map(Redirect.normalise_path, old_paths)):
            if len(path) > OLD_PATH_LENGTH:
                reason = f"longer than the {OLD_PATH_LENGTH} characters a redirect holds"
                self.summary.count("redirect", "skipped", f"{path[:60]}…: {reason}")
            else:
                paths.append(path)
        self.prefetch(paths)
        for path in paths:
            redirect = self.known[path]
            if redirect is None:
                redirect = Redirect(old_path=path, site=self.site, is_permanent=True, **target)
                self.journal.set(self.known, path, redirect)
                self.journal.set(self.pending, path, redirect)
                self.summary.count("redirect", "created")
            elif self.differs(redirect, target):
                for name, value in {**target, "is_permanent": True}.items():
                    self.journal.setattr(redirect, name, value)
                if redirect.pk:
                    redirect.save()
                self.summary.count("redirect", "updated")
            else:
                self.summary.count("redirect", "unchanged")

    @staticmethod
    def differs(redirect, target):
        if not redirect.is_permanent:
            return True
        for name, value in target.items():
            if name == "redirect_page":
                if redirect.redirect_page_id != (value.pk if value else None):
                    return True
            elif getattr(redirect, name) != value:
                return True
        return False

    def flush(self):
        """Create the batch's new redirects; the next batch reads what it needs afresh."""
        Redirect.objects.bulk_create(self.pending.values())
        self.known, self.pending = {}, {}


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
