"""Review workflows: a contributor submits, a moderator approves (publishes or schedules) or asks for changes;
learning modules need a clinical reviewer, and the page says who reviewed it."""

import datetime

import pytest

from django.core import mail
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState

from editorial import roles
from tests.editorial.admin_forms import page_form_data, post_fields
from tests.editorial.helpers import client_for


def submit_new_post(client, blog, author, title="Letting go of guilt"):
    """Write a post in the admin as a contributor and press "Submit to Blog review"."""
    add_url = f"/admin/pages/add/blog/blogpostpage/{blog.pk}/"
    data = page_form_data(client, add_url, **post_fields(title, author, tags="guilt, self care"))
    data["action-submit"] = "action-submit"
    response = client.post(add_url, data)
    assert response.status_code == 302
    return Page.objects.get(slug=title.lower().replace(" ", "-")).specific


def review_note(page):
    html = Template("{% load editorial_tags %}{% clinical_review page %}").render(Context({"page": page}))
    return strip_tags(html).strip()


def current_task(page):
    return WorkflowState.objects.for_instance(page).get(status=WorkflowState.STATUS_IN_PROGRESS).current_task_state


def act(client, page, action, comment=""):
    task_state = current_task(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


@pytest.mark.django_db
class TestBlogReview:
    def test_submission_reaches_the_moderators(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)

        state = WorkflowState.objects.for_instance(post).get()
        assert state.workflow.name == roles.BLOG_REVIEW
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert not post.live
        # Emailed (console email in development) …
        assert any(moderator.email in message.to and post.title in message.subject for message in mail.outbox)
        # … and on the moderator's dashboard.
        dashboard = client_for(moderator).get("/admin/").content.decode()
        assert "Awaiting your review" in dashboard
        assert post.title in dashboard

    def test_approval_publishes(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)

        response = act(client_for(moderator), post, "approve")

        assert response.status_code == 302
        post.refresh_from_db()
        assert post.live
        assert PageLogEntry.objects.filter(page=post, action="wagtail.workflow.approve", user=moderator).exists()
        assert PageLogEntry.objects.filter(page=post, action="wagtail.publish", user=moderator).exists()

    def test_approval_with_a_go_live_date_schedules(self, blog, author, contributor, moderator):
        post = submit_new_post(client_for(contributor), blog, author)
        go_live_at = (timezone.now() + datetime.timedelta(days=2)).replace(microsecond=0)
        post.go_live_at = go_live_at
        post.save_revision(user=moderator)  # what "Set schedule" in the editor does

        act(client_for(moderator), post, "approve")

        post.refresh_from_db()
        assert not post.live
        assert post.status_string == "scheduled"
        assert post.get_latest_revision().approved_go_live_at == go_live_at
        assert PageLogEntry.objects.filter(page=post, action="wagtail.publish.schedule").exists()

    def test_rejection_returns_the_draft_with_a_comment(self, blog, author, contributor, moderator):
        contributor_client = client_for(contributor)
        post = submit_new_post(contributor_client, blog, author)

        act(client_for(moderator), post, "reject", comment="Please add where the quote comes from.")

        post.refresh_from_db()
        assert not post.live
        state = WorkflowState.objects.for_instance(post).get()
        assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
        assert state.current_task_state.status == TaskState.STATUS_REJECTED
        assert state.current_task_state.comment == "Please add where the quote comes from."
        assert PageLogEntry.objects.filter(page=post, action="wagtail.workflow.reject").exists()
        # The writer sees the request on their draft and can edit and resubmit it.
        edit_page = contributor_client.get(f"/admin/pages/{post.pk}/edit/").content.decode()
        assert "Changes requested" in edit_page or "changes requested" in edit_page.lower()
        history = contributor_client.get(f"/admin/pages/{post.pk}/workflow_history/detail/{state.pk}/")
        assert "Please add where the quote comes from." in history.content.decode()

    def test_a_contributor_cannot_approve_their_own_post(self, blog, author, contributor):
        client = client_for(contributor)
        post = submit_new_post(client, blog, author)

        act(client, post, "approve")

        post.refresh_from_db()
        assert not post.live
        assert current_task(post).status == TaskState.STATUS_IN_PROGRESS


@pytest.mark.django_db
class TestModuleClinicalReview:
    def submit_module_change(self, editor, module):
        module.summary = "A revised public summary about rewarding sober time."
        revision = module.save_revision(user=editor)
        module.get_workflow().start(module, editor)
        return revision

    def test_only_clinical_reviewers_approve_and_the_page_says_who(self, learning, editor, clinical_reviewer):
        _, module = learning
        self.submit_module_change(editor, module)

        act(client_for(editor), module, "approve")  # an editor is not a clinical reviewer
        assert current_task(module).status == TaskState.STATUS_IN_PROGRESS

        act(client_for(clinical_reviewer), module, "approve")
        module.refresh_from_db()
        assert module.summary.startswith("A revised")
        today = timezone.localdate()
        assert review_note(module) == f"Reviewed by Dr. Robin Okoye, family therapist, on {today:%-d %B %Y}"

    def test_a_module_never_reviewed_says_nothing(self, learning):
        _, module = learning
        assert review_note(module) == ""
