"""Retention periods (settings.RETENTION_DAYS), enforced by `purge_account_data`, which the scheduler runs."""

import datetime

import pytest
from axes.models import AccessAttempt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from accounts.models import PendingSignup
from learning.models import SampleRequest
from tests.factories.accounts import UserFactory

User = get_user_model()
pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def test_the_scheduler_runs_the_purge():
    assert {"command": "purge_account_data", "every_minutes": 60} in settings.SCHEDULER_JOBS
    search_job = next(job for job in settings.SCHEDULER_JOBS if job["command"] == "purge_search_log")
    assert search_job["args"] == ["--days", str(settings.RETENTION_DAYS["search_log"])]


def test_unconfirmed_sign_ups_are_deleted_after_their_period():
    old, fresh = UserFactory(is_active=False), UserFactory(is_active=False)
    for user in (old, fresh):
        PendingSignup.objects.create(user=user)
    PendingSignup.objects.filter(user=old).update(
        created_at=days_ago(settings.RETENTION_DAYS["unconfirmed_signups"] + 1)
    )
    staff_deactivated = UserFactory(is_active=False)  # no pending sign-up: staff decide about it

    call_command("purge_account_data")

    assert set(User.objects.values_list("pk", flat=True)) == {fresh.pk, staff_deactivated.pk}


def test_sample_requests_without_news_consent_are_deleted_after_their_period():
    period = settings.RETENTION_DAYS["sample_requests"]
    old = SampleRequest.objects.create(first_name="Old", email="old@example.com")
    resent = SampleRequest.objects.create(first_name="Resent", email="resent@example.com")
    subscribed = SampleRequest.objects.create(first_name="News", email="news@example.com", news_consent=True)
    SampleRequest.objects.filter(pk__in=[old.pk, resent.pk, subscribed.pk]).update(created_at=days_ago(period + 5))
    SampleRequest.objects.filter(pk=resent.pk).update(last_sent_at=days_ago(1))

    call_command("purge_account_data")

    assert set(SampleRequest.objects.values_list("first_name", flat=True)) == {"Resent", "News"}


def test_old_login_attempts_are_deleted(client):
    client.post("/accounts/login/", {"username": "nobody", "password": "x"})
    AccessAttempt.objects.update(attempt_time=days_ago(1))
    call_command("purge_account_data")
    assert not AccessAttempt.objects.exists()
