"""/healthz/ reports the scheduler: its last tick, and "degraded" (still 200) when scheduled work is overdue."""

import datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from tests.editorial.helpers import expiring_post, minutes_ago, scheduled_post


@pytest.mark.django_db
def test_healthy_with_nothing_due_reports_the_last_tick(client, settings):
    settings.SCHEDULER_JOBS = [{"command": "publish_scheduled"}]
    assert client.get("/healthz/").json()["scheduler"]["last_tick"] is None

    call_command("run_scheduler", "--once")

    body = client.get("/healthz/").json()
    assert body["status"] == "ok"
    assert body["checks"] == {"database": "ok", "scheduler": "ok"}
    last_tick = datetime.datetime.fromisoformat(body["scheduler"]["last_tick"])
    assert timezone.now() - last_tick < datetime.timedelta(minutes=1)


@pytest.mark.django_db
def test_a_go_live_more_than_five_minutes_late_is_overdue(client, blog):
    scheduled_post(blog, minutes_ago(4))
    assert client.get("/healthz/").json()["status"] == "ok"  # late, but within the five minutes

    scheduled_post(blog, minutes_ago(6))
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["scheduler"] == "overdue"
    assert response.json()["scheduler"]["overdue_items"] == 1


@pytest.mark.django_db
def test_an_expired_page_still_live_is_overdue_until_the_scheduler_runs(client, blog, settings):
    settings.SCHEDULER_JOBS = [{"command": "publish_scheduled"}]
    expiring_post(blog, minutes_ago(10))
    assert client.get("/healthz/").json()["checks"]["scheduler"] == "overdue"

    call_command("run_scheduler", "--once")

    assert client.get("/healthz/").json()["checks"]["scheduler"] == "ok"
