"""What editors see around a review: the footer actions offered, the reviewer's comment on the writer's edit page,
messages that say what an action did, the emails' wording, and the "Scheduled to go live" report."""

import datetime

import pytest

from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from editorial.scheduling import when
from tests.editorial.admin_forms import page_form_data
from tests.editorial.helpers import client_for, scheduled_post
from tests.editorial.test_workflow import act, submit_new_post

COMMENT = "Please add where the quote comes from."


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def press_in_editor(client, page, workflow_action, **fields):
    """Press a review action in the page editor (the form is posted with the action's hidden fields)."""
    data = page_form_data(client, edit_url(page), body_text="The first paragraph.", **fields)
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = workflow_action
    if workflow_action == "reject":
        data["workflow-action-extra-data"] = f'{{"comment": "{COMMENT}"}}'
    return client.post(edit_url(page), data, follow=True)


def shown_messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def page_text(response):
    return " ".join(response.content.decode().split())


@pytest.mark.django_db
class TestFooterActions:
    def test_a_writer_asked_for_changes_resubmits_or_withdraws(self, blog, author, contributor, moderator):
        writer = client_for(contributor)
        post = submit_new_post(writer, blog, author)
        act(client_for(moderator), post, "reject", comment=COMMENT)

        html = writer.get(edit_url(post)).content.decode()

        assert "Resubmit for review" in html
        assert "Withdraw from review" in html
        assert "action-restart-workflow" not in html
        assert "Restart workflow" not in html


@pytest.mark.django_db
class TestTheWriterSeesTheComment:
    def test_the_edit_page_opens_with_the_reviewers_comment(self, blog, author, contributor, moderator):
        writer = client_for(contributor)
        post = submit_new_post(writer, blog, author)
        act(client_for(moderator), post, "reject", comment=COMMENT)

        text = page_text(writer.get(edit_url(post)))

        assert "Changes requested by Morgan" in text
        assert f"Their comment: “{COMMENT}”" in text
        assert "Resubmit for review" in text

    def test_the_status_panel_says_changes_requested_not_in_moderation(self, blog, author, contributor, moderator):
        writer = client_for(contributor)
        post = submit_new_post(writer, blog, author)
        act(client_for(moderator), post, "reject", comment=COMMENT)

        html = writer.get(edit_url(post)).content.decode()

        assert 'id="status-sidebar-changes-requested"' in html
        assert "In Moderation" not in html
        assert 'id="workflow-status-dialog"' in html  # "View details" opens the review's history

    def test_the_status_panel_says_in_moderation_while_the_review_is_under_way(self, blog, author, contributor):
        writer = client_for(contributor)
        post = submit_new_post(writer, blog, author)
        html = writer.get(edit_url(post)).content.decode()
        assert "In Moderation" in html
        assert 'id="status-sidebar-changes-requested"' not in html

    def test_no_banner_while_the_review_is_under_way(self, blog, author, contributor):
        writer = client_for(contributor)
        post = submit_new_post(writer, blog, author)
        assert "Changes requested by" not in page_text(writer.get(edit_url(post)))


@pytest.mark.django_db
def test_the_page_listing_says_changes_requested(blog, author, contributor, moderator):
    writer = client_for(contributor)
    post = submit_new_post(writer, blog, author)
    act(client_for(moderator), post, "reject", comment=COMMENT)

    listing = page_text(client_for(moderator).get(f"/admin/pages/{blog.pk}/"))

    assert "changes requested" in listing.lower()


@pytest.mark.django_db
class TestMessagesSayWhatHappened:
    def test_submitting(self, blog, author, contributor):
        client = client_for(contributor)
        add_url = f"/admin/pages/add/blog/blogpostpage/{blog.pk}/"
        data = page_form_data(client, add_url, body_text="Words.", title="A new post", slug="a-new-post")
        data["intro"] = "An intro."
        data["author_links-TOTAL_FORMS"] = "1"
        data["author_links-INITIAL_FORMS"] = "0"
        data["author_links-0-author"] = str(author.pk)
        data["author_links-0-ORDER"] = "1"
        data["action-submit"] = "action-submit"
        response = client.post(add_url, data, follow=True)
        assert any(message.startswith("Sent for review: “A new post”") for message in shown_messages(response))

    def test_requesting_changes(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        response = press_in_editor(client_for(moderator), post, "reject")
        assert shown_messages(response) == [f"Changes requested: “{post.title}” went back to Casey with your comment."]

    def test_approving_publishes(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        response = press_in_editor(client_for(moderator), post, "approve")
        assert shown_messages(response) == [f"Approved and published: “{post.title}” is on the site now."]
        assert Page.objects.get(pk=post.pk).live

    def test_approving_with_a_schedule(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        go_live = (timezone.now() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
        client = client_for(moderator)
        go_live_field = timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M")

        response = press_in_editor(client, post, "approve", go_live_at=go_live_field)

        assert shown_messages(response) == [
            f"Approved and scheduled for {when(go_live)}: “{post.title}” goes live by itself then."
        ]
        assert Page.objects.get(pk=post.pk).status_string == "scheduled"


def press_on_dashboard(client, page, workflow_action, comment=""):
    """Press a review action in the dashboard's "Awaiting your review" list, which comes back to the dashboard."""
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, workflow_action, task_state.pk])
    return client.post(url, {"comment": comment, "next": "/admin/"}, follow=True)


@pytest.mark.django_db
class TestDashboardMessagesSayWhatHappened:
    """The dashboard's Approve and Request changes say what they did, in the editor's words."""

    def test_approving_publishes(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        response = press_on_dashboard(client_for(moderator), post, "approve")
        assert response.request["PATH_INFO"] == "/admin/"
        assert shown_messages(response) == [f"Approved and published: “{post.title}” is on the site now."]
        assert Page.objects.get(pk=post.pk).live

    def test_approving_with_a_schedule(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        go_live = (timezone.now() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
        post.go_live_at = go_live
        post.save_revision(user=contributor)  # the writer asked for a go-live time ("Set schedule")

        response = press_on_dashboard(client_for(moderator), post, "approve", comment="Lovely.")

        assert shown_messages(response) == [
            f"Approved and scheduled for {when(go_live)}: “{post.title}” goes live by itself then."
        ]
        assert Page.objects.get(pk=post.pk).status_string == "scheduled"

    def test_requesting_changes(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        response = press_on_dashboard(client_for(moderator), post, "reject", comment=COMMENT)
        assert shown_messages(response) == [f"Changes requested: “{post.title}” went back to Casey with your comment."]

    def test_a_clinician_approving_a_module(self, learning, editor, clinical_reviewer):
        _, module = learning
        module.save_revision(user=editor)
        module.get_workflow().start(module, editor)

        response = press_on_dashboard(client_for(clinical_reviewer), module, "approve")

        assert shown_messages(response) == [
            f"Approved and published: “{module.title}” is on the site now. Readers see “Reviewed by Dr. Robin Okoye”."
        ]


@pytest.mark.django_db
class TestEmails:
    def test_the_writer_is_told_changes_were_requested(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        mail.outbox.clear()
        act(client_for(moderator), post, "reject", comment=COMMENT)
        (email,) = [message for message in mail.outbox if contributor.email in message.to]
        assert email.subject == f"Changes requested: “{post.title}”"
        assert "Morgan asked for changes" in email.body
        assert COMMENT in email.body
        assert "Resubmit for review" in email.body
        assert "rejected" not in email.body + email.subject

    def test_the_writer_is_told_when_it_goes_live(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        go_live = (timezone.now() + datetime.timedelta(days=2)).replace(second=0, microsecond=0)
        mail.outbox.clear()
        press_in_editor(
            client_for(moderator), post, "approve", go_live_at=timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M")
        )
        (email,) = [
            message for message in mail.outbox if contributor.email in message.to and "Approved" in message.subject
        ]
        assert email.subject == f"Approved and scheduled: “{post.title}”"
        assert f"scheduled to go live on {when(go_live)}" in email.body


@pytest.mark.django_db
class TestScheduledReport:
    URL = "/admin/reports/scheduled/"

    def test_lists_what_is_scheduled_with_its_time(self, blog, editor):
        go_live = timezone.now() + datetime.timedelta(days=30)
        scheduled_post(blog, go_live, title="A month out")

        text = page_text(client_for(editor).get(self.URL))

        assert "A month out" in text
        assert when(go_live) in text

    def test_late_ones_say_so(self, blog, editor):
        scheduled_post(blog, timezone.now() - datetime.timedelta(minutes=30), title="Overdue post")
        assert "late: the scheduler is not running" in page_text(client_for(editor).get(self.URL))

    def test_contributors_and_member_managers_cannot_open_it(self, blog, contributor, member_manager):
        for user in (contributor, member_manager):
            response = client_for(user).get(self.URL)
            assert response.status_code in {302, 403}

    def test_moderators_see_the_blog_schedule(self, blog, moderator):
        scheduled_post(blog, timezone.now() + datetime.timedelta(days=1), title="Blog one")
        assert "Blog one" in page_text(client_for(moderator).get(self.URL))

    def test_the_query_count_does_not_grow_with_the_list(self, blog, editor):
        client = client_for(editor)

        def queries():
            client.get(self.URL)
            with CaptureQueriesContext(connection) as captured:
                assert client.get(self.URL).status_code == 200
            return len(captured)

        scheduled_post(blog, timezone.now() + datetime.timedelta(days=1), title="First")
        few = queries()
        for n in range(5):
            scheduled_post(blog, timezone.now() + datetime.timedelta(days=2 + n), title=f"More {n}")
        assert queries() == few


@pytest.mark.django_db
def test_the_dashboard_gives_the_go_live_time(blog, editor):
    go_live = timezone.now() + datetime.timedelta(days=2)
    scheduled_post(blog, go_live, title="Two days out")
    html = client_for(editor).get("/admin/").content.decode()
    assert when(go_live) in html
    assert "/admin/reports/scheduled/" in html
