"""A small fixed-window rate limiter for the public forms (login, join, free sample, search).

Counts live in Django's cache, so several app servers sharing one Redis count together. Limits come from
`settings.RATE_LIMITS[scope] = (count, seconds)`. Keys are HMACs of the address or email, so the cache never
holds a reader's raw IP address or email.

    if not ratelimit.hit("login", ratelimit.client_ip(request)):
        return ratelimit.too_many_requests(request, "login")
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)


def hit(scope, key):
    """Count one request for `key` in `scope`; True while the window's count is within the limit."""
    limit, window = settings.RATE_LIMITS[scope]
    bucket = int(time.time() // window)
    digest = salted_hmac("accounts.ratelimit", f"{scope}:{key}").hexdigest()
    cache_key = f"ratelimit:{scope}:{bucket}:{digest}"
    try:
        cache.add(cache_key, 0, timeout=window)
        count = cache.incr(cache_key)
    except ValueError:
        # The key expired between add() and incr(): this request starts a new window.
        cache.add(cache_key, 1, timeout=window)
        count = 1
    except Exception:
        # A cache outage must not lock families out of the site: let the request through.
        logger.exception("Rate limit cache unavailable for scope %s", scope)
        return True
    return count <= limit


def client_ip(request):
    """The client's address: REMOTE_ADDR, or X-Forwarded-For when `TRUSTED_PROXY_COUNT` proxies sit in front.

    Each trusted proxy appends the address it received the request from, so the client is the entry that many
    places from the end. Entries before it are whatever the client chose to send and are ignored.
    """
    proxy_count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxy_count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxy_count:
            return forwarded[-proxy_count]
    return request.META.get("REMOTE_ADDR", "")


def too_many_requests(request, scope=None):
    """The friendly 429 page. Given the scope, it says how long to wait and sets Retry-After to its window."""
    window = settings.RATE_LIMITS[scope][1] if scope else None
    context = {"wait_minutes": max(1, round(window / 60))} if window else {}
    response = render(request, "429.html", context, status=429)
    if window:
        response["Retry-After"] = str(window)
    add_never_cache_headers(response)
    return response
