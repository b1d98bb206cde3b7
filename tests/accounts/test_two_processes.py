"""Finding 12: limits count in one shared store, so two workers (or two servers) count together.

Two real OS processes, each with its own memory (as two gunicorn workers have), send requests against the same
database. With per-process counters each would get its full allowance; here they share one."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

from tests.accounts.helpers import PASSWORD
from tests.factories.accounts import UserFactory

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def share_database(tmp_path):
    """Returns a DATABASE_URL the worker processes can open: the test database itself on PostgreSQL; on SQLite
    (an in-memory test database) a file copy of it as it is now, which both workers then share."""

    def share():
        settings_dict = connection.settings_dict
        if connection.vendor == "postgresql":
            user, host, port = settings_dict["USER"], settings_dict["HOST"], settings_dict["PORT"] or 5432
            return f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"
        path = tmp_path / "shared.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{path}"

    return share


def run_worker(database_url, count):
    env = {**os.environ, "DATABASE_URL": database_url, "LOGIN_FAILURE_LIMIT": "5", "DJANGO_ALLOW_ASYNC_UNSAFE": "1"}
    env.pop("REDIS_URL", None)  # the database store: the one a machine without Redis uses
    result = subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-m", "tests.accounts.limit_worker", "login", "join", str(count)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db(transaction=True)
def test_two_processes_share_the_login_lockout_and_the_rate_limits(home_page, share_database):
    UserFactory(username="robin", password=PASSWORD)
    shared_database_url = share_database()

    first = run_worker(shared_database_url, 3)
    second = run_worker(shared_database_url, 3)

    # Wrong passwords for one account: AXES_FAILURE_LIMIT (5) in all, not 5 per process.
    assert first["login"] == [200, 200, 200]
    assert second["login"][-1] == 429, second
    assert (first["login"] + second["login"]).count(200) <= 5
    # Joins from one address: RATE_LIMITS["join"] allows 5 in all, not 5 per process.
    assert first["join"] == [302, 302, 302]
    assert second["join"] == [302, 302, 429]
