"""Test run: fast hashing, in-memory email and cache, plain static storage."""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, os
from .media_storage import media_storages

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
STORAGES.update(media_storages({}))  # noqa: F405 (on disk whatever the environment says; test_s3_storage sets buckets)
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
if os.environ.get("DATABASE_URL", "").startswith("postgres"):
    # pytest-django creates test_<name>; keep connections short-lived so it can drop it.
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
else:
    # A file per test process, copied from a migrated template (tests/database_template.py); nothing needs to
    # survive a crash, so SQLite may skip syncing to disk.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test-db" / f"run-{os.getpid()}.sqlite3")}
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY;"
    )
# Serve static files straight from the app folders (no collectstatic needed for browser tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Never fetch oEmbed data from the network in tests: embeds render only from stored Embed rows.
WAGTAILEMBEDS_FINDERS = []
