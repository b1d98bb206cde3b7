"""The clinical review rule, role by role: a learning module, or a change to one, goes live (now or by schedule)
only as a revision that a clinical reviewer approved who neither made that revision nor submitted it; readers see
the reviewer's author profile with credentials."""

import datetime

import pytest

from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.models import Page, TaskState, WorkflowState

from editorial.clinical_review import ClinicalReviewRequired
from editorial.models import ClinicalApproval, ClinicalReviewTask
from tests.editorial.admin_forms import page_form_data
from tests.editorial.helpers import client_for, make_due
from tests.editorial.test_roles import is_denied
from tests.editorial.test_workflow import act, current_task, review_note

CHANGED_SUMMARY = "A revised public summary about rewarding sober time."


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def change(module, user, summary=CHANGED_SUMMARY):
    module = Page.objects.get(pk=module.pk).specific
    module.summary = summary
    return module.save_revision(user=user)


def submit(module, user):
    change(module, user)
    module = Page.objects.get(pk=module.pk).specific
    module.get_workflow().start(module, user)
    return module


def post_edit_form(client, page, action, **extra):
    data = page_form_data(client, edit_url(page), body_text="The lesson, for members.", summary=CHANGED_SUMMARY)
    data[action] = action
    data.update(extra)
    return client.post(edit_url(page), data)


def live_summary(module):
    response = Client().get(Page.objects.get(pk=module.pk).url)
    assert response.status_code == 200
    return response.content.decode()


def is_live_with_change(module):
    return Page.objects.get(pk=module.pk).specific.summary == CHANGED_SUMMARY and CHANGED_SUMMARY in live_summary(
        module
    )


@pytest.mark.django_db
class TestNobodyPublishesAModuleDirectly:
    @pytest.mark.parametrize("role", ["editor", "moderator", "clinical_reviewer", "superuser"])
    def test_no_publish_button_and_a_forged_publish_saves_nothing(self, request, learning, role):
        _, module = learning
        user = request.getfixturevalue(role)
        client = client_for(user)
        page = client.get(edit_url(module)).content.decode()
        assert 'name="action-publish"' not in page

        response = post_edit_form(client, module, "action-publish")

        assert response.status_code == 302
        assert not is_live_with_change(module)
        assert CHANGED_SUMMARY not in live_summary(module)
        assert "clinical review" in client.get(response["Location"]).content.decode()

    def test_a_contributor_cannot_open_a_module(self, learning, contributor):
        _, module = learning
        response = client_for(contributor).post(edit_url(module), {"action-publish": "action-publish"})
        assert response.status_code in {302, 403}
        assert not is_live_with_change(module)

    @pytest.mark.parametrize("role", ["editor", "superuser"])
    def test_a_new_module_cannot_be_published_on_creation(self, request, learning, role):
        index, _ = learning
        client = client_for(request.getfixturevalue(role))
        add_url = f"/admin/pages/add/learning/learningmodulepage/{index.pk}/"
        data = page_form_data(
            client, add_url, body_text="Lesson.", title="Unreviewed module", slug="unreviewed", number="7"
        )
        data["summary"] = "Never reviewed."
        data["action-publish"] = "action-publish"

        response = client.post(add_url, data)

        assert response.status_code == 302
        assert not Page.objects.filter(slug="unreviewed").exists()
        assert Client().get("/learning/unreviewed/").status_code == 404

    def test_bulk_publish_is_refused(self, learning, superuser):
        _, module = learning
        change(module, superuser)
        with pytest.raises(ClinicalReviewRequired):
            PublishBulkAction.execute_action([Page.objects.get(pk=module.pk)], user=superuser)
        assert not is_live_with_change(module)

    def test_code_cannot_publish_or_schedule_an_unapproved_revision(self, learning):
        _, module = learning
        revision = change(module, None)
        with pytest.raises(ClinicalReviewRequired):
            revision.publish()
        revision.approved_go_live_at = timezone.now() + datetime.timedelta(days=1)
        with pytest.raises(PermissionDenied):
            revision.save()
        assert not is_live_with_change(module)


@pytest.mark.django_db
class TestClinicalApproval:
    def test_another_clinician_approves_and_readers_see_who(self, learning, editor, clinical_reviewer):
        _, module = learning
        module = submit(module, editor)

        response = act(client_for(clinical_reviewer), module, "approve")

        assert response.status_code == 302
        assert is_live_with_change(module)
        approval = ClinicalApproval.objects.get(page=module)
        assert approval.revision_id == Page.objects.get(pk=module.pk).live_revision_id
        assert approval.approved_by == clinical_reviewer
        today = timezone.localdate()
        expected = f"Reviewed by Dr. Robin Okoye, family therapist, on {today:%-d %B %Y}"
        assert review_note(Page.objects.get(pk=module.pk).specific) == expected
        assert expected in " ".join(strip_tags(live_summary(module)).split())
        assert 'href="/authors/robin-okoye/"' in live_summary(module)

    @pytest.mark.parametrize("role", ["editor", "moderator", "superuser"])
    def test_people_outside_clinical_reviewers_cannot_approve(self, request, learning, editor, role):
        _, module = learning
        module = submit(module, editor)
        user = request.getfixturevalue(role)

        response = act(client_for(user), module, "approve")

        assert is_denied(response)
        assert current_task(module).status == TaskState.STATUS_IN_PROGRESS
        assert not is_live_with_change(module)
        assert current_task(module).task.specific.get_actions(module, user) == []

    def test_a_clinician_cannot_approve_what_they_submitted(
        self, learning, clinical_reviewer, second_clinical_reviewer
    ):
        _, module = learning
        module = submit(module, clinical_reviewer)
        task = current_task(module).task.specific
        assert isinstance(task, ClinicalReviewTask)
        assert "approve" not in [name for name, _, _ in task.get_actions(module, clinical_reviewer)]

        assert is_denied(act(client_for(clinical_reviewer), module, "approve"))
        assert not is_live_with_change(module)

        act(client_for(second_clinical_reviewer), module, "approve")
        assert is_live_with_change(module)

    def test_changes_made_while_approving_need_another_clinician(self, learning, editor, clinical_reviewer):
        _, module = learning
        module = submit(module, editor)
        client = client_for(clinical_reviewer)
        task_state = current_task(module)

        response = post_edit_form(
            client,
            module,
            "action-workflow-action",
            **{"workflow-action-name": "approve", "title": "Retitled by the reviewer"},
        )

        assert response.status_code == 302
        state = WorkflowState.objects.for_instance(module).get()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
        assert not ClinicalApproval.objects.exists()
        assert "Retitled" not in live_summary(module)
        shown = client.get(response["Location"]).content.decode()
        assert "Not approved" in shown
        assert "another clinical reviewer" in shown

    def test_a_clinician_without_an_author_profile_cannot_approve(self, learning, editor, clinical_reviewer):
        _, module = learning
        clinical_reviewer.author_profiles.update(credentials="")
        module = submit(module, editor)

        assert is_denied(act(client_for(clinical_reviewer), module, "approve"))
        assert current_task(module).status == TaskState.STATUS_IN_PROGRESS
        shown = client_for(clinical_reviewer).get(edit_url(module)).content.decode()
        assert "author profile" in shown

    def test_a_change_after_approval_needs_a_new_approval(self, learning, editor, clinical_reviewer):
        _, module = learning
        module = submit(module, editor)
        act(client_for(clinical_reviewer), module, "approve")
        approved_revision = Page.objects.get(pk=module.pk).live_revision_id

        later = change(module, editor, summary="An unreviewed change.")
        with pytest.raises(ClinicalReviewRequired):
            later.publish(user=clinical_reviewer)
        post_edit_form(client_for(editor), module, "action-publish")

        assert Page.objects.get(pk=module.pk).live_revision_id == approved_revision
        assert "An unreviewed change." not in live_summary(module)


@pytest.mark.django_db
class TestScheduledModules:
    def test_an_approved_schedule_goes_live_with_the_approved_version_only(self, learning, editor, clinical_reviewer):
        _, module = learning
        module = Page.objects.get(pk=module.pk).specific
        module.summary = CHANGED_SUMMARY
        module.go_live_at = timezone.now() + datetime.timedelta(days=1)  # "Set schedule", saved with the change
        revision = module.save_revision(user=editor)
        module.get_workflow().start(module, editor)

        act(client_for(clinical_reviewer), module, "approve")
        assert Client().get(Page.objects.get(pk=module.pk).url).status_code == 404  # scheduled: not yet live
        revision.refresh_from_db()
        assert revision.approved_go_live_at is not None

        change(module, editor, summary="A draft written after the approval.")  # not approved: stays a draft
        make_due(module)
        call_command("publish_scheduled")

        assert Page.objects.get(pk=module.pk).live_revision_id == revision.pk
        assert CHANGED_SUMMARY in live_summary(module)
        assert "A draft written after the approval." not in live_summary(module)
