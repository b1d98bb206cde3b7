"""The production settings, as served in the benchmarks: loopback only, plain HTTP, bench database and media.

Only what cannot hold on a laptop differs from settings/production.py (HTTPS redirect, secret), plus the ceiling
view's URL (bench/urls.py). Everything else, caches and middleware included, is what production runs.
"""

import os
from pathlib import Path

_BENCH = Path(__file__).resolve().parents[1] / "var" / "bench"
os.environ.setdefault("SECRET_KEY", "bench-only-secret-never-used-anywhere-else")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_BENCH / 'site.sqlite3'}")
os.environ.setdefault("STATIC_ROOT", str(_BENCH / "static"))
os.environ.setdefault("MEDIA_ROOT", str(_BENCH / "media"))
os.environ.setdefault("LOG_LEVEL", "WARNING")

from settings.production import *  # noqa: E402, F403

ROOT_URLCONF = "bench.urls"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0

# wrk is one client on 127.0.0.1: without this the search limit (60 a minute per address) would answer 429s.
RATE_LIMITS = {**RATE_LIMITS, "search": (10**9, 60)}  # noqa: F405
