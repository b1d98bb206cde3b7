"""A migrated database kept as a template and copied for each test run instead of migrating again.

Migrating from nothing costs about 25 s of CPU (Wagtail alone has some 150 migrations, and SQLite rebuilds a table
for most column changes); each pytest-xdist worker would pay it again. The template is made once, by a plain
`manage.py migrate` (so data migrations run exactly as in production), and is named after a hash of every
migration file, the modules of ours they import, and the installed Django/Wagtail versions: any change to them makes
a new template. Each worker copies it to its own test database and pytest-django then only checks that nothing is
left to apply (keepdb). A missing SQLite template (a fresh clone) is made in the background from the start of the
run (tests/conftest.py) while the tests that need no database run; the first database test waits for it.

- SQLite: the template is a file under var/test-db/, copied to the worker's file.
- PostgreSQL: the template is a database, `<test database>_template_<hash>`, cloned by `CREATE DATABASE … TEMPLATE`;
  the worker's database is dropped at the end of the run (unless --reuse-db).

On SQLite a transactional test (live server, browser) is also undone by copying the database back from a snapshot
kept in memory (StartingState) instead of Django's flush, which empties some 200 tables and then recreates every
content type and permission.
"""

import fcntl
import hashlib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "var" / "test-db"
OUR_IMPORT = re.compile(r"^\s*(?:from|import)\s+([a-z_]+(?:\.[a-z_]+)*)", re.MULTILINE)


def uses_sqlite():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


def uses_postgresql():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def _our_modules_imported_by(source):
    """Files of this project's modules that a migration imports (e.g. editorial.roles for the roles migration)."""
    for name in OUR_IMPORT.findall(source):
        spec = importlib.util.find_spec(name) if name.split(".")[0] != "django" else None
        origin = spec.origin if spec else None
        if origin and Path(origin).is_relative_to(ROOT) and ".venv" not in Path(origin).parts:
            yield Path(origin)


def _fingerprint():
    digest = hashlib.sha256()
    for dist in ("django", "wagtail"):
        digest.update(f"{dist}={importlib.metadata.version(dist)}".encode())
    for config in sorted(apps.get_app_configs(), key=lambda config: config.label):
        folder = Path(config.path) / "migrations"
        for path in sorted(folder.glob("*.py")):
            source = path.read_bytes()
            digest.update(f"{config.label}/{path.name}".encode())
            digest.update(source)
            for helper in sorted(set(_our_modules_imported_by(source.decode()))):
                digest.update(helper.read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def _lock():
    """One worker at a time makes or copies the template."""
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    with open(TEMPLATES / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def make_template_in_background():
    """Hold the lock and make (or find) the SQLite template in a thread of this process: the copies asked for
    meanwhile, by this process or by pytest-xdist's workers, wait for it. Any error is left for them to meet again.
    Returns the thread: join it before the run ends, or a half-made template could outlive the lock."""
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    lock = open(TEMPLATES / ".lock", "w")  # noqa: SIM115 (the thread closes it, releasing the lock)
    fcntl.flock(lock, fcntl.LOCK_EX)

    def make():
        try:
            _sqlite_template()
        finally:
            lock.close()

    thread = threading.Thread(target=make, name="database template", daemon=True)
    thread.start()
    return thread


def _migrate(database_url):
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "settings.test"}
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=ROOT, env=env, check=True
    )


def _sqlite_template():
    """The migrated template file for the current migrations, made if missing (stale ones removed)."""
    template = TEMPLATES / f"template-{_fingerprint()}.sqlite3"
    if not template.exists():
        for stale in TEMPLATES.glob("template-*.sqlite3"):
            stale.unlink()
        partial = template.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        _migrate(f"sqlite:///{partial}")
        partial.rename(template)
    return template


def copy_template_to_test_database():
    """Point the test database at a fresh copy of the template (call after pytest-django named it per worker)."""
    test_settings = settings.DATABASES["default"].setdefault("TEST", {})
    target = Path(test_settings["NAME"])
    target.parent.mkdir(parents=True, exist_ok=True)
    with _lock():
        shutil.copyfile(_sqlite_template(), target)
    return target


def _postgres(statement, params=()):
    """Run one statement on the server's maintenance database (outside any test database)."""
    with connections["default"]._nodb_cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall() if cursor.description else []


def _quoted(name):
    return connections["default"].ops.quote_name(name)


def _test_database_name():
    """The worker's test database, as Django names it (`test_<name>`, with pytest-xdist's suffix such as `_gw0`)."""
    database = settings.DATABASES["default"]
    return database.setdefault("TEST", {}).get("NAME") or f"test_{database['NAME']}"


def _test_database_base():
    """The test database's name without pytest-xdist's worker suffix (`test_steadyground_gw0` → test_steadyground)."""
    name = _test_database_name()
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return name.removesuffix(f"_{worker}") if worker else name


def _postgres_template():
    base = _test_database_base()
    template = f"{base}_template_{_fingerprint()}"
    pattern = base.replace("_", r"\_") + r"\_template\_%"
    existing = {row[0] for row in _postgres("SELECT datname FROM pg_database WHERE datname LIKE %s", [pattern])}
    if template not in existing:
        for stale in existing:
            _postgres(f"DROP DATABASE {_quoted(stale)} WITH (FORCE)")
        partial = f"{base}_partial"
        _postgres(f"DROP DATABASE IF EXISTS {_quoted(partial)} WITH (FORCE)")
        _postgres(f"CREATE DATABASE {_quoted(partial)}")
        url = urlsplit(os.environ["DATABASE_URL"])
        _migrate(urlunsplit(url._replace(path=f"/{partial}")))
        _postgres(f"ALTER DATABASE {_quoted(partial)} RENAME TO {_quoted(template)}")
    return template


def clone_template_to_test_database():
    """Make the worker's PostgreSQL test database a clone of the migrated template; returns a function dropping it."""
    name = _test_database_name()
    with _lock():
        template = _postgres_template()
        _postgres(f"DROP DATABASE IF EXISTS {_quoted(name)} WITH (FORCE)")
        _postgres(f"CREATE DATABASE {_quoted(name)} TEMPLATE {_quoted(template)}")

    def drop():
        connections.close_all()
        _postgres(f"DROP DATABASE IF EXISTS {_quoted(name)} WITH (FORCE)")

    return drop


class StartingState:
    """SQLite: the test database as every test of the run starts it (migrated, Wagtail's welcome page removed),
    copied into memory. Copying it back over the database (SQLite's backup API, a few milliseconds) undoes a
    transactional test: what Django's flush would do, except that the migrations' data (editorial roles and
    workflows, Wagtail's root page and collection) is back too, as the first transactional test on a worker finds it."""

    def __init__(self):
        connection = connections["default"]
        connection.ensure_connection()
        self.snapshot = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.snapshot)

    def restore(self):
        connection = connections["default"]
        connection.ensure_connection()
        self.snapshot.backup(connection.connection)
        ContentType.objects.clear_cache()  # ids cached by the test may not exist in the copied-back database
