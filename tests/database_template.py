"""A migrated SQLite database kept under var/test-db/, copied for each test run instead of migrating again.

Migrating from nothing costs about 25 s of CPU (Wagtail alone has some 150 migrations, and SQLite rebuilds a table
for most column changes); each pytest-xdist worker would pay it again. The template is made once, by a plain
`manage.py migrate` (so data migrations run exactly as in production), and is named after a hash of every
migration file and the installed Django/Wagtail versions: any change to a migration makes a new template. Each
worker copies it to its own file and pytest-django then only checks that nothing is left to apply (keepdb).
PostgreSQL runs migrate as usual.
"""

import fcntl
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "var" / "test-db"


def uses_sqlite():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


def _fingerprint():
    digest = hashlib.sha256()
    for dist in ("django", "wagtail"):
        digest.update(f"{dist}={importlib.metadata.version(dist)}".encode())
    for config in sorted(apps.get_app_configs(), key=lambda config: config.label):
        folder = Path(config.path) / "migrations"
        for path in sorted(folder.glob("*.py")):
            digest.update(f"{config.label}/{path.name}".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _template():
    """The migrated template for the current migrations, made under a lock if another worker is not already on it."""
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    template = TEMPLATES / f"template-{_fingerprint()}.sqlite3"
    with open(TEMPLATES / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not template.exists():
            for stale in TEMPLATES.glob("template-*.sqlite3"):
                stale.unlink()
            partial = template.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            env = {**os.environ, "DATABASE_URL": f"sqlite:///{partial}", "DJANGO_SETTINGS_MODULE": "settings.test"}
            subprocess.run(  # noqa: S603
                [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True
            )
            partial.rename(template)
    return template


def copy_template_to_test_database():
    """Point the test database at a fresh copy of the template (call after pytest-django named it per worker)."""
    test_settings = settings.DATABASES["default"].setdefault("TEST", {})
    target = Path(test_settings["NAME"])
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template(), target)
    return target
