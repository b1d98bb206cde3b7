"""Helpers of the editorial tests: users in a role, logged-in clients, and posts scheduled or expiring "in the
past" (as if the scheduler had not run since)."""

import datetime

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from wagtail.models import Page, Revision

from tests.factories.blog import BlogPostPageFactory
from tests.factories.learning import UserFactory

PASSWORD = "correct-horse-battery"  # UserFactory's


def user_in(*group_names, **fields):
    user = UserFactory(**fields)
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def _as_if_time_passed(revision, page, field_name, when):
    revision.content[field_name] = when.isoformat()
    revision.save(update_fields=["content", "approved_go_live_at"])
    Page.objects.filter(pk=page.pk).update(**{field_name: when})


def schedule(page, go_live_at):
    """Schedule the page's latest content to go live at `go_live_at`, as "Publish" with a go-live date does.

    A time in the past is set after scheduling, as if the scheduler had not run since: Wagtail publishes at once
    when asked to publish with a past go-live date.
    """
    page.go_live_at = max(go_live_at, timezone.now() + datetime.timedelta(hours=1))
    revision = page.save_revision()
    revision.publish()
    if go_live_at < page.go_live_at:
        revision.approved_go_live_at = go_live_at
        _as_if_time_passed(revision, page, "go_live_at", go_live_at)
    return revision


def minutes_ago(minutes):
    return timezone.now() - datetime.timedelta(minutes=minutes)


def scheduled_post(blog, go_live_at, **fields):
    post = BlogPostPageFactory(parent=blog, live=False, **fields)
    schedule(post, go_live_at)
    return post


def expiring_post(blog, expire_at, **fields):
    """A live post that expires at `expire_at`; a past time is set as for `schedule`."""
    post = BlogPostPageFactory(parent=blog, **fields)
    post.expire_at = max(expire_at, timezone.now() + datetime.timedelta(hours=1))
    revision = post.save_revision()
    revision.publish()
    if expire_at < post.expire_at:
        _as_if_time_passed(revision, post, "expire_at", expire_at)
    return post


def make_due(page, minutes=1):
    """Move a page's scheduled go-live time `minutes` into the past, as if that time had come."""
    revision = Revision.page_revisions.get(object_id=str(page.pk), approved_go_live_at__isnull=False)
    revision.approved_go_live_at = minutes_ago(minutes)
    _as_if_time_passed(revision, page, "go_live_at", revision.approved_go_live_at)
