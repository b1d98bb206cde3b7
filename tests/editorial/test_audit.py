"""Wagtail's history records who scheduled, approved, published and changed privacy."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry, PageViewRestriction

from tests.editorial.admin_forms import page_form_data
from tests.editorial.helpers import client_for, minutes_ago, scheduled_post
from tests.factories.blog import BlogPostPageFactory


def actions(page):
    return {(entry.action, entry.user_id) for entry in PageLogEntry.objects.filter(page=page)}


@pytest.mark.django_db
def test_scheduling_in_the_editor_is_recorded_with_its_user(blog, editor):
    post = BlogPostPageFactory(parent=blog, live=False)
    client = client_for(editor)
    edit_url = f"/admin/pages/{post.pk}/edit/"
    go_live = timezone.localtime(timezone.now() + datetime.timedelta(days=1))
    data = page_form_data(client, edit_url, body_text="Ready.", go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    data["action-publish"] = "action-publish"

    client.post(edit_url, data)

    assert ("wagtail.publish.schedule", editor.pk) in actions(post)
    history = client.get(f"/admin/pages/{post.pk}/history/").content.decode()
    assert "Schedule publication" in history


@pytest.mark.django_db
def test_the_scheduled_publication_itself_is_recorded(blog, settings):
    settings.SCHEDULER_JOBS = [{"command": "publish_scheduled"}]
    post = scheduled_post(blog, minutes_ago(2))

    call_command("run_scheduler", "--once")

    assert ("wagtail.publish.scheduled", None) in actions(post)


@pytest.mark.django_db
def test_approval_and_publishing_are_recorded(blog, contributor, moderator):
    post = BlogPostPageFactory(parent=blog, live=False, owner=contributor)
    post.save_revision(user=contributor)
    state = post.get_workflow().start(post, contributor)
    url = reverse("wagtailadmin_pages:workflow_action", args=[post.pk, "approve", state.current_task_state.pk])

    client_for(moderator).post(url, {"comment": "Lovely."})

    assert {
        ("wagtail.workflow.start", contributor.pk),
        ("wagtail.workflow.approve", moderator.pk),
        ("wagtail.publish", moderator.pk),
    } <= actions(post)


@pytest.mark.django_db
def test_privacy_changes_are_recorded(learning, editor):
    index, _ = learning
    members = Group.objects.get(name="Members")

    response = client_for(editor).post(
        f"/admin/pages/{index.pk}/privacy/", {"restriction_type": "groups", "groups": [members.pk]}
    )

    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=index, groups=members).exists()
    assert ("wagtail.view_restriction.create", editor.pk) in actions(index)
