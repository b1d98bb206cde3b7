"""Absolute links for emails and feeds (the links inside a feed's full-text posts too), built from the site's
configured address, never from the request.

A request's Host header is chosen by whoever sends the request: a link built from it (`build_absolute_uri`) in a
password-reset or confirmation email would point wherever an attacker liked. `WAGTAILADMIN_BASE_URL` is the one
address of the site (see the README's settings table).
"""

from urllib.parse import urljoin

from bs4 import BeautifulSoup

from django.conf import settings

# Attributes that hold one address, and those that hold a list of "address width" candidates.
URL_ATTRIBUTES = ("href", "src", "poster")
SRCSET_ATTRIBUTES = ("srcset",)


def site_base_url():
    """The site's address without a trailing slash, e.g. 'https://steadyground.org'."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path):
    """`path` (from `reverse()` or `page.url`) on the site's own address."""
    return f"{site_base_url()}/{path.lstrip('/')}"


def absolute_links(html, page_path):
    """`html` (a page's rendered body) with every link, picture and source address made absolute against the page's
    own address: a feed reader shows the body away from the site, where `/blog/…` or `/media/…` lead nowhere.
    Addresses that are already absolute (other sites, mailto:, tel:) are left as they are."""
    base = urljoin(site_base_url() + "/", page_path)
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        for name in URL_ATTRIBUTES:
            if tag.has_attr(name):
                tag[name] = urljoin(base, tag[name].strip())
        for name in SRCSET_ATTRIBUTES:
            if tag.has_attr(name):
                tag[name] = ", ".join(_absolute_candidate(base, candidate) for candidate in tag[name].split(","))
    return str(soup)


def _absolute_candidate(base, candidate):
    address, _, size = candidate.strip().partition(" ")
    return f"{urljoin(base, address)} {size}".strip()
