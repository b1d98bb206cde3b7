import signal
import threading
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from home import scheduler


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
        for signal_number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signal_number, lambda *_: stop.set())
        jobs = ", ".join(f"{job.command} every {job.every_minutes} min" for job in scheduler.configured_jobs())
        self.stdout.write(f"Scheduler started: {jobs}. Ctrl-C or SIGTERM stops it after the current tick.")
        while not stop.is_set():
            started = time.monotonic()
            # Like a web request: drop a broken or too old database connection before and after each tick.
            close_old_connections()
            self._report(scheduler.tick())
            close_old_connections()
            stop.wait(max(0.0, interval - (time.monotonic() - started)))
        self.stdout.write("Scheduler stopped.")

    def _report(self, result):
        if result.locked_out:
            self.stdout.write("Another scheduler holds the lock; nothing run.")
            return
        for command in result.ran:
            self.stdout.write(f"Ran {command}.")
        for command in result.failed:
            self.stderr.write(f"{command} failed; see the log.")
