"""The full-page cache for anonymous readers, and the `Cache-Control`/`Vary` headers of every response.

Built on Django's cache framework (Redis in production, locmem otherwise: `CACHES` in settings/base.py). A page is
stored under the content generation (`home/content_generation.py`), so every publish, unpublish, move, delete,
privacy change and snippet or setting save makes every stored page stale at once: nothing has to know which pages
show what. `PAGE_CACHE_SECONDS` only bounds how long an unused entry takes room.

A request is served from the cache, and its answer stored, only when it cannot be anyone's own page:

- a GET outside the admin, without an `Authorization` header and without any cookie except the CSRF cookie (a
  session means a logged-in user, a message waiting or a half-done form; `sample_grant` is the free sample's
  holder; cookies the site does not know are treated the same way, so a new one can never leak a page);
- answered 200, not streamed, setting no cookie and carrying no CSRF token (forms: contact, join, login), with no
  `private`, `no-cache`, `no-store` or `max-age=0` from the view (search, a member's module, My learning), and
  varying on nothing but `Cookie` and `Accept-Encoding`.

Links shared on social media and in newsletters carry tracking parameters (`fbclid`, `utm_*`, …) that the site never
reads; they are taken off the request before anything sees it, so every click of one shared link is one cache hit.

Headers (what a CDN or browser may keep): a view's own `Cache-Control` is kept (completed with `no-cache` where it
says only `private`); the admin gets never-cache headers; anything personal (as above) or not reusable gets
`private, no-cache`; other anonymous answers (200, 301, 404, 410) get `public, max-age=PAGE_MAX_AGE,
s-maxage=CDN_MAX_AGE`. Every response says `Vary: Cookie`: a logged-in reader gets another page at the same address.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import add_never_cache_headers, cc_delim_re, patch_cache_control, patch_vary_headers

from home import content_generation

STATUS_HEADER = "X-Page-Cache"  # hit, miss (stored now) or skip (not from or for the cache): for operators and tests
PUBLIC_STATUSES = {200, 301, 404, 410}
STORED_VARY = {"cookie", "accept-encoding"}
TRACKING_PARAMETER = re.compile(r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga)$")


def _harmless_cookies():
    return {settings.CSRF_COOKIE_NAME}


def is_shared_request(request):
    """Could this request be anyone's? (See the module docstring.) The cache answers only these, when GETs."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path_info.startswith(settings.ADMIN_PATH_PREFIX)
        and "HTTP_AUTHORIZATION" not in request.META
        and set(request.COOKIES) <= _harmless_cookies()
    )


def _cache_control(response):
    return {
        directive.split("=", 1)[0].strip().lower(): directive.partition("=")[2].strip()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
        if directive.strip()
    }


def _varies_only_on_known_headers(response):
    vary = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header.strip()}
    return vary <= STORED_VARY


def _is_the_same_for_everyone(request, response):
    """Nothing in this answer belongs to one reader: no cookie set, no CSRF token, no script nonce, and it varies
    on no header but Cookie (asked for by the request, which had none) and Accept-Encoding."""
    return (
        not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and _varies_only_on_known_headers(response)
        and "nonce-" not in response.get("Content-Security-Policy", "")
    )


def is_reusable(request, response):
    """May this answer to a shared request be stored and given to every anonymous reader?"""
    directives = _cache_control(response)
    return (
        response.status_code == 200
        and not response.streaming
        and not {"private", "no-cache", "no-store"} & directives.keys()
        and directives.get("max-age") != "0"
        and _is_the_same_for_everyone(request, response)
    )


def _key(request):
    """The stored page's key: the generation, then the address (scheme, host, path and the query that is left) and
    the encodings the reader accepts (a compressing middleware may answer each differently)."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(f"{address}\n{request.META.get('HTTP_ACCEPT_ENCODING', '')}".encode()).hexdigest()
    return f"page:{content_generation.current()}:{digest}"


def _drop_tracking_parameters(request):
    if not any(TRACKING_PARAMETER.match(name) for name in request.GET):
        return
    query = request.GET.copy()
    for name in list(query):
        if TRACKING_PARAMETER.match(name):
            del query[name]
    request.GET = query
    request.META["QUERY_STRING"] = query.urlencode()


def set_cache_headers(request, response, shared):
    """Give `response` the Cache-Control and Vary a CDN in front needs to be safe (see the module docstring)."""
    patch_vary_headers(response, ["Cookie"])
    if request.path_info.startswith(settings.ADMIN_PATH_PREFIX):
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return
    if response.has_header("Cache-Control"):
        directives = _cache_control(response)
        if "private" in directives and not {"no-cache", "no-store", "max-age"} & directives.keys():
            patch_cache_control(response, no_cache=True)
        return
    if shared and response.status_code in PUBLIC_STATUSES and _is_the_same_for_everyone(request, response):
        patch_cache_control(response, public=True, max_age=settings.PAGE_MAX_AGE, s_maxage=settings.CDN_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_cache=True)


class PageCacheMiddleware:
    """Serves and stores whole pages for anonymous readers; sets the cache headers of every response. It sits
    before the session middleware, so a hit costs two cache reads and no query or session work; whatever the later
    middleware add (security policy, frame options) is stored with the page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        shared = is_shared_request(request)
        enabled = shared and request.method == "GET" and settings.PAGE_CACHE_SECONDS > 0
        if enabled:
            _drop_tracking_parameters(request)
            key = _key(request)
            cached = cache.get(key)
            if cached is not None:
                cached[STATUS_HEADER] = "hit"
                return cached
        response = self.get_response(request)
        if not response.streaming:
            # One piece instead of the many a feed writes: the WSGI server sends each piece with its own system call.
            response.content = response.content
        reusable = enabled and is_reusable(request, response)  # asked of the view's own headers, before ours
        set_cache_headers(request, response, shared)
        if reusable:
            response[STATUS_HEADER] = "miss"
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        else:
            response[STATUS_HEADER] = "skip"
        return response
