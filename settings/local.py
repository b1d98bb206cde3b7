"""`make run`: the site as a family would meet it, on this machine.

DEBUG is off, so visitors see the designed 404 and 500 pages, templates are cached and nothing leaks in error
pages. WhiteNoise serves the static files straight from the app folders (no collectstatic step, so a first run is
quick), and public media (images and their renditions) are served by the app because there is no web server in
front; documents never are (see settings/local_media.py). Emails are printed in the terminal. `make dev` uses
settings/dev.py instead, with DEBUG on.
"""

from .base import *  # noqa: F403
from .base import env_list, os

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "local-only-insecure-key-never-use-in-production"  # noqa: S105
_host = os.environ.get("HOST", "127.0.0.1")
# Listening on every interface (HOST=0.0.0.0) means the site is reached by this machine's LAN names and addresses.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "*" if _host in {"0.0.0.0", "::"} else f"localhost,127.0.0.1,[::1],{_host}")  # noqa: S104
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = None  # nothing collected: WhiteNoise reads the app folders
SERVE_PUBLIC_MEDIA = True
