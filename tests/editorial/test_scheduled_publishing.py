"""Scheduled go-live and expiry, end to end: one scheduler tick puts a post everywhere readers find posts, or
takes it off all of them; and editing the post afterwards works (wagtail#13896)."""

import datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, PageLogEntry

from tests.editorial.admin_forms import page_form_data
from tests.editorial.helpers import client_for, expiring_post, minutes_ago, scheduled_post

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

WORD = "Quenchfeather"  # only in the post under test


def tick():
    call_command("run_scheduler", "--once")


def places_readers_look(client, post):
    """Where the post shows up: the blog index, its feed, site search and the sitemap."""
    return {
        "blog index": WORD in client.get("/blog/").content.decode(),
        "feed": WORD in client.get("/blog/feed/").content.decode(),
        "search": Page.objects.live().search(WORD).count() == 1,
        "sitemap": f"/blog/{post.slug}/" in client.get("/sitemap-pages.xml").content.decode(),
    }


@pytest.fixture(autouse=True)
def only_publishing(settings):
    settings.SCHEDULER_JOBS = [{"command": "publish_scheduled", "every_minutes": 1}]


@pytest.mark.django_db
def test_a_post_due_to_go_live_appears_everywhere_after_one_tick(client, blog):
    post = scheduled_post(blog, minutes_ago(2), title=f"{WORD} arrives", slug="arrives")
    assert not any(places_readers_look(client, post).values())

    tick()

    post.refresh_from_db()
    assert post.live
    assert places_readers_look(client, post) == dict.fromkeys(["blog index", "feed", "search", "sitemap"], True)
    assert PageLogEntry.objects.filter(page=post, action="wagtail.publish.scheduled").count() == 1


@pytest.mark.django_db
def test_a_post_scheduled_for_later_stays_hidden(client, blog):
    post = scheduled_post(blog, timezone.now() + datetime.timedelta(hours=3), title=f"{WORD} later", slug="later")

    tick()

    post.refresh_from_db()
    assert not post.live
    assert not any(places_readers_look(client, post).values())


@pytest.mark.django_db
def test_an_expired_post_disappears_from_everywhere_after_one_tick(client, blog):
    post = expiring_post(blog, minutes_ago(2), title=f"{WORD} leaves", slug="leaves")
    assert places_readers_look(client, post)["search"]  # live() alone ignores the date until the tick

    tick()

    post.refresh_from_db()
    assert not post.live
    assert post.expired
    assert not any(places_readers_look(client, post).values())
    assert PageLogEntry.objects.filter(page=post, action="wagtail.unpublish.scheduled").exists()


@pytest.mark.django_db
def test_after_expiry_the_post_can_be_edited_and_saved(blog, editor):
    """wagtail#13896: the past expiry date stayed in the form and every save failed."""
    post = expiring_post(blog, minutes_ago(2), slug="leaves")
    tick()
    client = client_for(editor)
    edit_url = f"/admin/pages/{post.pk}/edit/"

    data = page_form_data(client, edit_url, body_text="Updated after it expired.")
    response = client.post(edit_url, data)

    assert data["expire_at"] == ""
    assert response.status_code == 302, response.context["form"].errors
    post.refresh_from_db()
    assert post.expire_at is None
    assert post.has_unpublished_changes


@pytest.mark.django_db
def test_after_going_live_the_go_live_date_is_cleared(blog, editor):
    post = scheduled_post(blog, minutes_ago(2), slug="arrives")
    tick()
    post.refresh_from_db()

    assert post.go_live_at is None
    assert post.live_revision.content["go_live_at"] is None
    data = page_form_data(client_for(editor), f"/admin/pages/{post.pk}/edit/", body_text="Edited.")
    assert data["go_live_at"] == ""
