"""The scheduler: every minute, run the periodic management commands listed in `settings.SCHEDULER_JOBS`.

Each entry is `{"command": "<management command>", "every_minutes": N}` (optionally `"args": [...]`). Wagtail's
`publish_scheduled` (go-live and expiry dates) is one of them; other apps add their clean-ups there.

A tick runs only while holding a lock, so two schedulers (two servers, or a second `run_scheduler` by mistake)
never run a job at the same time: a PostgreSQL advisory lock, or on SQLite a file lock next to the database.
Whether a job is due is decided from `SchedulerRun` rows in the database, so with several schedulers a job still
runs once per interval. `/healthz/` reads the same rows and the overdue checks below.
"""

import fcntl
import logging
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from wagtail.models import DraftStateMixin, Page, Revision

from editorial.models import SchedulerRun

logger = logging.getLogger(__name__)

# Any fixed 64-bit number works; every scheduler of this site must use the same one.
ADVISORY_LOCK_ID = zlib.crc32(b"steadyground.scheduler")
# A job counts as due a little early, so a run that starts a few seconds late does not skip a whole interval.
DUE_SLACK = timedelta(seconds=10)
# How late a scheduled go-live or expiry may be before the health check reports the scheduler as overdue.
OVERDUE_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class Job:
    command: str
    every_minutes: int = 1
    args: tuple = ()

    def is_due(self, last_started_at, now):
        return last_started_at is None or now - last_started_at >= timedelta(minutes=self.every_minutes) - DUE_SLACK


@dataclass
class TickResult:
    locked_out: bool = False  # another scheduler held the lock, so this tick did nothing
    ran: list = field(default_factory=list)
    failed: list = field(default_factory=list)


def configured_jobs():
    return [
        Job(entry["command"], int(entry.get("every_minutes", 1)), tuple(entry.get("args", ())))
        for entry in settings.SCHEDULER_JOBS
    ]


def tick(now=None):
    """Run every due job once, if no other scheduler is running. Safe to call from several processes."""
    with exclusive_lock() as acquired:
        if not acquired:
            logger.info("Scheduler: another scheduler is running the jobs; skipping this tick.")
            return TickResult(locked_out=True)
        return _run_due_jobs(now or timezone.now())


def _run_due_jobs(now):
    result = TickResult()
    _record(SchedulerRun.TICK, started=now, finished=now)
    last_started = dict(SchedulerRun.objects.values_list("name", "last_started_at"))
    for job in configured_jobs():
        if not job.is_due(last_started.get(job.command), now):
            continue
        error = run_job(job)
        _record(job.command, started=now, finished=timezone.now(), error=error)
        (result.failed if error else result.ran).append(job.command)
    return result


def run_job(job):
    """Run one job's command; return an error message, or "" when it worked. A failing job never stops the others."""
    output = StringIO()
    try:
        call_command(job.command, *job.args, stdout=output, stderr=output)
    except Exception as error:  # any failure of one job is logged and recorded, then the tick goes on
        logger.exception("Scheduler: %s failed", job.command)
        return f"{type(error).__name__}: {error}"
    if output.getvalue().strip():
        logger.info("Scheduler: %s: %s", job.command, output.getvalue().strip())
    return ""


def _record(name, started, finished, error=""):
    SchedulerRun.objects.update_or_create(
        name=name, defaults={"last_started_at": started, "last_finished_at": finished, "last_error": error}
    )


@contextmanager
def exclusive_lock():
    """Yield True when this process now holds the scheduler lock, False when another one does."""
    if connection.vendor == "postgresql":
        with _advisory_lock() as acquired:
            yield acquired
    else:
        with _file_lock(Path(settings.SCHEDULER_LOCK_FILE)) as acquired:
            yield acquired


@contextmanager
def _advisory_lock():
    # Session-level lock: it lives on this connection until unlocked, or until the connection closes (a crash).
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_LOCK_ID])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_ID])


@contextmanager
def _file_lock(path):
    # flock() locks belong to the open file, so two threads of one process exclude each other too.
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def last_tick():
    return SchedulerRun.objects.filter(name=SchedulerRun.TICK).values_list("last_started_at", flat=True).first()


def overdue_count(now=None):
    """How many go-lives and expiries are more than OVERDUE_AFTER late: the scheduler is not running them."""
    cutoff = (now or timezone.now()) - OVERDUE_AFTER
    late_go_lives = Revision.objects.filter(approved_go_live_at__lt=cutoff).count()
    late_expiries = sum(
        model.objects.filter(live=True, expire_at__lt=cutoff).count() for model in _models_with_expiry()
    )
    return late_go_lives + late_expiries


def _models_with_expiry():
    """Pages and every snippet with draft/publish states: the same models `publish_scheduled` looks at."""
    return [Page] + [
        model for model in apps.get_models() if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
