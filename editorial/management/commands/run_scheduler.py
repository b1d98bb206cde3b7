import logging
import signal
import threading
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from editorial import scheduler
from home import content_generation

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run the periodic jobs in settings.SCHEDULER_JOBS (scheduled publishing and clean-ups) every minute, "
        "until stopped with Ctrl-C or SIGTERM. Two schedulers never run the jobs at the same time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run one tick and exit (for tests and cron).")
        parser.add_argument("--interval", type=float, default=60, help="Seconds between ticks (default 60).")

    def handle(self, *args, once=False, interval=60, **options):
        if once:
            self._report(scheduler.tick())
            return
        stop = threading.Event()
        previous_handlers = {
            number: signal.signal(number, lambda *_: stop.set()) for number in (signal.SIGTERM, signal.SIGINT)
        }
        jobs = ", ".join(f"{job.command} every {job.every_minutes} min" for job in scheduler.configured_jobs())
        self.stdout.write(f"Scheduler started: {jobs}. Ctrl-C or SIGTERM stops it after the current tick.")
        try:
            while not stop.is_set():
                started = time.monotonic()
                self._tick()
                stop.wait(max(0.0, interval - (time.monotonic() - started)))
        finally:
            for number, handler in previous_handlers.items():
                signal.signal(number, handler)
        self.stdout.write("Scheduler stopped.")

    def _tick(self):
        # Like a web request: drop a broken or too old database connection before and after each tick.
        close_old_connections()
        try:
            self._report(scheduler.tick())
        except Exception:  # e.g. the database is briefly unreachable: try again next tick, don't stop
            logger.exception("Scheduler: the tick failed")
        content_generation.store_unstored()  # a job's change made while the cache did not answer
        close_old_connections()

    def _report(self, result):
        if result.locked_out:
            self.stdout.write("Another scheduler holds the lock; nothing run.")
            return
        for command in result.ran:
            self.stdout.write(f"Ran {command}.")
        for command in result.failed:
            self.stderr.write(f"{command} failed; see the log.")
