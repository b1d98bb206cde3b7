"""Absolute links for emails and feeds, built from the site's configured address, never from the request.

A request's Host header is chosen by whoever sends the request: a link built from it (`build_absolute_uri`) in a
password-reset or confirmation email would point wherever an attacker liked. `WAGTAILADMIN_BASE_URL` is the one
address of the site (see the README's settings table).
"""

from django.conf import settings


def site_base_url():
    """The site's address without a trailing slash, e.g. 'https://steadyground.org'."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path):
    """`path` (from `reverse()` or `page.url`) on the site's own address."""
    return f"{site_base_url()}/{path.lstrip('/')}"
