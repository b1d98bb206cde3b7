"""The scheduler: due jobs run once per interval, under a lock, and a failing job never stops the others."""

import datetime
import signal
import threading
from contextlib import contextmanager
from io import StringIO
from unittest import mock

import pytest

from django.core.management import call_command
from django.db import OperationalError, connection
from django.utils import timezone

from wagtail.models import PageLogEntry
from wagtail.signals import page_published

from editorial import scheduler
from editorial.models import SchedulerRun
from tests.editorial.helpers import minutes_ago, scheduled_post

JOBS = [{"command": "publish_scheduled", "every_minutes": 1}, {"command": "check", "every_minutes": 60}]


@contextmanager
def lock_held_by_another_scheduler():
    """Hold the scheduler lock from another thread (so another database session, as another process would)."""
    held, release = threading.Event(), threading.Event()

    def other_scheduler():
        try:
            with scheduler.exclusive_lock() as acquired:
                assert acquired
                held.set()
                release.wait(10)
        finally:
            connection.close()

    thread = threading.Thread(target=other_scheduler)
    thread.start()
    held.wait(10)
    try:
        yield
    finally:
        release.set()
        thread.join()


@pytest.fixture
def jobs(settings):
    settings.SCHEDULER_JOBS = JOBS


@pytest.mark.django_db
class TestTick:
    def test_runs_every_due_job_and_records_the_tick(self, jobs):
        now = timezone.now()
        result = scheduler.tick(now)

        assert result.ran == ["publish_scheduled", "check"]
        assert scheduler.last_tick() == now
        assert SchedulerRun.objects.get(name="check").last_error == ""

    def test_a_job_runs_again_only_after_its_interval(self, jobs):
        start = timezone.now()
        scheduler.tick(start)

        assert scheduler.tick(start + datetime.timedelta(seconds=20)).ran == []
        assert scheduler.tick(start + datetime.timedelta(minutes=1)).ran == ["publish_scheduled"]
        later = scheduler.tick(start + datetime.timedelta(minutes=61))
        assert later.ran == ["publish_scheduled", "check"]

    def test_a_failing_job_is_recorded_and_the_others_still_run(self, settings):
        settings.SCHEDULER_JOBS = [{"command": "no_such_command"}, {"command": "publish_scheduled"}]

        result = scheduler.tick()

        assert result.failed == ["no_such_command"]
        assert result.ran == ["publish_scheduled"]
        assert "Unknown command" in SchedulerRun.objects.get(name="no_such_command").last_error

    def test_a_tick_does_nothing_while_another_scheduler_holds_the_lock(self, jobs):
        with lock_held_by_another_scheduler():
            result = scheduler.tick()
        assert result.locked_out
        assert result.ran == []
        assert scheduler.last_tick() is None

    def test_run_scheduler_once(self, jobs, blog):
        post = scheduled_post(blog, minutes_ago(2))
        output = StringIO()

        call_command("run_scheduler", "--once", stdout=output)

        post.refresh_from_db()
        assert post.live
        assert "Ran publish_scheduled." in output.getvalue()


@pytest.mark.django_db
def test_sigterm_stops_the_scheduler_after_the_current_tick(jobs):
    """SIGTERM (from honcho, systemd or a container stop) ends the loop once the running tick is done."""
    handlers = {}

    def tick_during_which_sigterm_arrives():
        handlers[signal.SIGTERM](signal.SIGTERM, None)
        return scheduler.TickResult(ran=["publish_scheduled"])

    output = StringIO()
    with (
        mock.patch("signal.signal", side_effect=handlers.__setitem__),
        mock.patch("editorial.scheduler.tick", side_effect=tick_during_which_sigterm_arrives) as tick,
    ):
        call_command("run_scheduler", "--interval", "3600", stdout=output)

    assert tick.call_count == 1
    assert output.getvalue().splitlines()[-2:] == ["Ran publish_scheduled.", "Scheduler stopped."]


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_once_publish_a_post_only_once(jobs, blog):
    """Two ticks start together; the lock lets one run publish_scheduled, the other skips."""
    post = scheduled_post(blog, minutes_ago(2))
    published = []
    page_published.connect(
        lambda sender, instance, **kwargs: published.append(instance.pk), weak=False, dispatch_uid="t"
    )
    start = threading.Barrier(2)
    results = []
    run_job = scheduler.run_job

    def slow_job(job):
        # Hold the lock long enough that the other tick certainly tries while this one runs.
        threading.Event().wait(0.5)
        return run_job(job)

    def one_scheduler():
        try:
            start.wait()
            results.append(scheduler.tick())
        finally:
            connection.close()

    try:
        with mock.patch("editorial.scheduler.run_job", side_effect=slow_job):
            threads = [threading.Thread(target=one_scheduler) for _ in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    finally:
        page_published.disconnect(dispatch_uid="t")

    assert sorted(result.locked_out for result in results) == [False, True]
    assert published == [post.pk]
    assert PageLogEntry.objects.filter(page=post, action="wagtail.publish.scheduled").count() == 1


@pytest.mark.django_db
def test_a_failed_tick_does_not_stop_the_scheduler(jobs):
    """A database hiccup during one tick is logged; the loop goes on to the next tick."""
    calls = []

    def tick():
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        signal.raise_signal(signal.SIGTERM)
        return scheduler.TickResult()

    with mock.patch("editorial.scheduler.tick", side_effect=tick):
        call_command("run_scheduler", "--interval", "0", stdout=StringIO())

    assert len(calls) == 2
