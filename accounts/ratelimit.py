"""The shared-store fixed-window rate limiter for the public forms (join, free sample, search, password reset).

Logins are guarded by django-axes instead (see `accounts.lockouts`). Limits come from
`settings.RATE_LIMITS[scope] = (count, seconds)`. Counts live in one store shared by every worker and server:
Redis (the `ratelimit` cache, atomic INCR) when `REDIS_URL` is set, else the database (`RateLimitCount`, an
atomic UPDATE). Keys are HMACs of the address or email, so neither store holds a reader's raw IP or email.

    if not ratelimit.hit("join", ratelimit.client_ip(request)):
        return ratelimit.too_many_requests(request, "join")
"""

import datetime
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac

from accounts.models import RateLimitCount

logger = logging.getLogger(__name__)
CACHE_ALIAS = "ratelimit"


def hit(scope, key):
    """Count one request for `key` in `scope`; True while the window's count is within the limit."""
    limit, window = settings.RATE_LIMITS[scope]
    now = time.time()
    bucket = int(now // window)
    digest = salted_hmac("accounts.ratelimit", f"{scope}:{key}").hexdigest()
    store_key = f"ratelimit:{scope}:{bucket}:{digest}"
    expires = (bucket + 1) * window
    try:
        if CACHE_ALIAS in settings.CACHES:
            count = count_in_cache(store_key, max(1, int(expires - now)))
        else:
            count = count_in_database(store_key, expires)
    except Exception:
        # A store outage must not lock families out of the site: let the request through.
        logger.exception("Rate limit store unavailable for scope %s", scope)
        return True
    return count <= limit


def count_in_cache(store_key, timeout):
    cache = caches[CACHE_ALIAS]
    cache.add(store_key, 0, timeout=timeout)
    try:
        return cache.incr(store_key)
    except ValueError:  # the key expired between add() and incr(): this request starts a new window
        cache.add(store_key, 1, timeout=timeout)
        return 1


def count_in_database(store_key, expires):
    expires_at = datetime.datetime.fromtimestamp(expires, tz=datetime.UTC)
    with transaction.atomic():  # a savepoint: a failure here never breaks the request's own transaction
        updated = RateLimitCount.objects.filter(key=store_key).update(count=F("count") + 1)
        if not updated:
            try:
                with transaction.atomic():
                    RateLimitCount.objects.create(key=store_key, count=1, expires_at=expires_at)
                return 1
            except IntegrityError:  # another worker created it first
                RateLimitCount.objects.filter(key=store_key).update(count=F("count") + 1)
        return RateLimitCount.objects.values_list("count", flat=True).get(key=store_key)


def purge_expired():
    """Delete database windows that have ended. Returns how many."""
    try:
        return RateLimitCount.objects.filter(expires_at__lt=timezone.now()).delete()[0]
    except DatabaseError:
        logger.exception("Could not purge expired rate-limit windows")
        return 0


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


def too_many_requests(request, scope=None, seconds=None):
    """The friendly 429 page. Given the scope (or the seconds), it says how long to wait and sets Retry-After."""
    window = seconds or (settings.RATE_LIMITS[scope][1] if scope else None)
    context = {"wait_minutes": max(1, round(window / 60))} if window else {}
    response = render(request, "429.html", context, status=429)
    if window:
        response["Retry-After"] = str(int(window))
    add_never_cache_headers(response)
    return response
