"""Production-safe defaults. Everything that differs per machine comes from the environment.

See the README's table of environment variables.
"""

import datetime
import os
from pathlib import Path

import dj_database_url

from .media_storage import media_storages

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

SITE_NAME = os.environ.get("SITE_NAME", "Steady Ground")

INSTALLED_APPS = [
    "home",
    "authors",
    "blog",
    "learning",
    "accounts",
    "axes",
    "resources",
    "search",
    "editorial",
    "contact",
    "demo",
    "wordpress",
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.page_cache.PageCacheMiddleware",  # before sessions: a cached page costs no session or database work
    "home.compression.PageGZipMiddleware",  # inside the page cache: stored pages are compressed once
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "home.content_security_policy.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "accounts.middleware.MemberIdleTimeoutMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out login into the lockout page
]

ROOT_URLCONF = "settings.urls"
WSGI_APPLICATION = "settings.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_name",
                "home.context_processors.site_chrome",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True


def redis_caches(location, prefix="steadyground"):
    """The caches on Redis, through django-redis.

    While Redis cannot be reached, the default cache (pages, fragments, the content generation) answers as an
    empty one: pages are rendered, publishing works and each failure is logged, instead of every request failing.
    A dead address costs at most the connect timeout per cache call. The rate-limit counts (accounts/ratelimit.py;
    without Redis they are kept in the database) let their errors reach the limiter, which lets the request
    through and logs it.
    """
    options = {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5}
    backend = "django_redis.cache.RedisCache"
    return {
        "default": {
            "BACKEND": backend,
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {**options, "IGNORE_EXCEPTIONS": True},
        },
        "ratelimit": {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": f"{prefix}-limits", "OPTIONS": options},
    }


if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache for anonymous readers (home/page_cache.py, docs/operations.md). Pages are stored in the default
# cache for at most PAGE_CACHE_SECONDS (0 turns the cache off); every content change makes them all stale at once.
# Public answers tell a CDN to keep them CDN_MAX_AGE seconds (purged on changes when FRONTEND_CACHE_* is set below;
# otherwise a change reaches CDN readers within CDN_MAX_AGE) and browsers PAGE_MAX_AGE seconds: none by default, as
# no purge reaches a browser and a reader must see a changed crisis bar on their next page.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_MAX_AGE = int(os.environ.get("PAGE_MAX_AGE", "0"))
CDN_MAX_AGE = int(os.environ.get("CDN_MAX_AGE", "120"))
# CDN purging (home/frontend_purge.py, through Wagtail's frontend cache backends): the addresses each change touches
# are purged when FRONTEND_CACHE_PURGE_URL (a cache that accepts PURGE requests: Varnish, nginx, Fastly-style) or
# CLOUDFLARE_ZONE_ID with CLOUDFLARE_BEARER_TOKEN is set. FRONTEND_CACHE_HOSTNAMES limits them to those hosts.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }
if env_list("FRONTEND_CACHE_HOSTNAMES"):
    for backend in WAGTAILFRONTENDCACHE.values():
        backend["HOSTNAMES"] = env_list("FRONTEND_CACHE_HOSTNAMES")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Locked files (every document, and pictures used in a module's locked part or filed in the member collection)
# live in PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT: no web server may serve it. The site serves them itself at
# PRIVATE_MEDIA_URL after asking the access rule. See docs/security.md and, for buckets, settings/media_storage.py.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private-media"))
PRIVATE_MEDIA_URL = "/members-files/"
# Only without a web server in front (make run): the app serves images from MEDIA_ROOT, never documents.
SERVE_PUBLIC_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "home.storage.MediaStorage"},
    **media_storages(os.environ),  # disk, or S3-compatible buckets (MEDIA_S3_BUCKET, PRIVATE_MEDIA_S3_BUCKET)
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email: SMTP by default; dev switches to the console backend.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Steady Ground <hello@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers that are safe everywhere; production.py adds HTTPS-only ones. See docs/security.md.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"  # no address of ours (a module, a search for help) reaches another site
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Video frames the site may show (Wagtail's embeds: YouTube, Vimeo).
EMBED_ORIGINS = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
MEDIA_ORIGINS = env_list("MEDIA_ORIGINS")  # the public media host when media is on a CDN or S3
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],  # responsive embeds size themselves with a style attribute
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *EMBED_ORIGINS],
        "frame-ancestors": ["'self'"],  # Wagtail's preview frames the page from the admin
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
ADMIN_PATH_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        # Wagtail 8's page editor still runs a few inline scripts (seen in the browser test); only staff reach it.
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
        "media-src": ["'self'", "blob:", *MEDIA_ORIGINS],
        "font-src": ["'self'", "data:"],
        "worker-src": ["'self'", "blob:"],
    }
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
    "fullscreen": ["self", *EMBED_ORIGINS],
    "picture-in-picture": ["self", *EMBED_ORIGINS],
}
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True

# Every handler redacts email addresses, tokens and passwords (home/log_redaction.py). Django's own loggers are
# routed to the same handler so that none of its default handlers writes an unredacted line.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "home.log_redaction.RedactingFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django_tasks": {"level": "WARNING"},
        "axes": {"level": "WARNING"},  # one INFO line per failed login otherwise
    },
}

# Wagtail
WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "wagtail.search.backends.database")
# A search server (Elasticsearch 8 or OpenSearch 2) serves the admin and the public site search alike.
SEARCH_SERVER = next((name for name in ("elasticsearch", "opensearch") if name in SEARCH_BACKEND), None)
SEARCH_SERVER_URLS = os.environ.get("SEARCH_URL", "http://127.0.0.1:9200").split(",")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": SEARCH_BACKEND, **({"URLS": SEARCH_SERVER_URLS} if SEARCH_SERVER else {})},
    # The public site search's own index (search app): public words by title/summary/body, stemmed alike on
    # SQLite and PostgreSQL, or in the search server's "site-search" index. Kept up to date by Wagtail like any
    # backend; see docs/operations.md.
    "site": {
        "BACKEND": "search.backend",
        **({"ENGINE": SEARCH_SERVER, "URLS": SEARCH_SERVER_URLS, "INDEX": "site-search"} if SEARCH_SERVER else {}),
    },
}
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "epub",
    "txt",
    "docx",
    "odt",
    "mp4",
    "webm",
    "mp3",
    "m4a",
]  # mp3, m4a: podcasts
WAGTAILDOCS_MAX_UPLOAD_SIZE = 300 * 1024 * 1024  # module videos can be uploaded as documents
# The picture library stores each photo credit and alt text once, with the picture (home/models/images.py).
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
# New uploads start in a sensible collection: pictures where the uploader filed the last one, documents (eBooks,
# videos) in the member collection.
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.upload_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "learning.forms.uploads.DocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # the admin would send a hash of each editor's email address to Gravatar
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no call from editors' browsers to releases.wagtail.org (blocked by the CSP)
# Autosave off (docs/editorial.md, "Why autosave is off"): Wagtail's change watcher polls the edit form every 500 ms
# and the workflow buttons add hidden fields just before submitting, so autosave sent each review action twice.
WAGTAIL_AUTOSAVE_INTERVAL = 0

# Site accounts (accounts app): log in with the username or the email address. Axes comes first: it refuses
# locked-out attempts before any password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "accounts.auth_backends.UsernameOrEmailBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "learning:my_learning"
LOGOUT_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.admin_login.StaffOnlyLoginForm"  # members cannot log in at /admin/login/
# Login lockouts (django-axes, counted in the database): after AXES_FAILURE_LIMIT wrong passwords for one account,
# or from one address, logins are refused for AXES_COOLOFF_TIME. Site and admin logins count together.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each counts on its own: per account, and per address
AXES_USERNAME_CALLABLE = "accounts.lockouts.account_identity"
AXES_CLIENT_IP_CALLABLE = "accounts.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockouts.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no record of every successful login (and its address) is kept
AXES_VERBOSE = False
# Requests per window (count, seconds) for the rate-limited public forms, counted in Redis (REDIS_URL) or else the
# database, so every worker and server counts together. See accounts/ratelimit.py.
RATE_LIMITS = {
    "join": (5, 600),  # per address: joining, new confirmation links, redeeming access codes
    "account_email": (3, 3600),  # per recipient: emails sent by joining and new confirmation links
    "access_code": (10, 3600),  # per address and per email: access codes tried
    "sample_ip": (5, 600),
    "sample_email": (3, 3600),
    "password_reset": (5, 600),  # per address, site and admin together
    "password_reset_email": (3, 3600),  # per email address typed
    "search": (60, 60),
    "contact": (5, 600),
    "seat_request": (5, 3600),
    "card_email_ip": (5, 600),
    "card_email_address": (3, 3600),
}
# Members' sessions end after this many seconds without a request (staff keep SESSION_COOKIE_AGE).
ACCOUNTS_MEMBER_IDLE_TIMEOUT = int(os.environ.get("MEMBER_IDLE_TIMEOUT_SECONDS", str(2 * 60 * 60)))
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(24 * 60 * 60)))
# How long personal data is kept, in days. Enforced by the scheduler jobs below.
RETENTION_DAYS = {
    "unconfirmed_signups": int(os.environ.get("RETENTION_UNCONFIRMED_SIGNUP_DAYS", "7")),
    "sample_requests": int(os.environ.get("RETENTION_SAMPLE_REQUEST_DAYS", "90")),  # without news consent
    "search_log": int(os.environ.get("RETENTION_SEARCH_LOG_DAYS", "90")),
}

# Scheduler (`manage.py run_scheduler`): periodic management commands, each run every N minutes, one scheduler at a
# time. Apps add their clean-ups here. See editorial/scheduler.py.
SCHEDULER_JOBS = [
    {"command": "publish_scheduled", "every_minutes": 1},  # Wagtail: go-live and expiry dates of pages and snippets
    # search: old query logs and unused promotions
    {"command": "purge_search_log", "every_minutes": 24 * 60, "args": ["--days", str(RETENTION_DAYS["search_log"])]},
    {"command": "purge_account_data", "every_minutes": 60},  # accounts + learning: RETENTION_DAYS, old lockouts
    {"command": "purge_contact_messages", "every_minutes": 24 * 60},  # contact: messages past CONTACT_RETENTION_DAYS
]
# How long contact-form messages are kept (the privacy page says so).
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
# On SQLite the lock is this file; on PostgreSQL an advisory lock is used instead.
SCHEDULER_LOCK_FILE = Path(os.environ.get("SCHEDULER_LOCK_FILE", BASE_DIR / "var" / "scheduler.lock"))
# How many proxies in front of the app add X-Forwarded-For (1 behind nginx); 0 trusts REMOTE_ADDR only.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
