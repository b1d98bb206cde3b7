from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from wagtail.models import GroupApprovalTask, TaskState

from authors.models import Author


class SchedulerRun(models.Model):
    """When the scheduler last ran a job (or, under the name "tick", last woke up holding the lock).

    Stored in the database, not the cache, so every web server sees the same times: `/healthz/` reports them.
    """

    TICK = "tick"

    name = models.CharField(max_length=100, unique=True, help_text='A management command, or "tick".')
    last_started_at = models.DateTimeField(null=True, help_text="When it last started.")
    last_finished_at = models.DateTimeField(null=True, help_text="When it last finished, successfully or not.")
    last_error = models.TextField(blank=True, help_text="What went wrong the last time, or empty if it worked.")

    class Meta:
        verbose_name = "scheduler run"

    def __str__(self):
        return f"{self.name} (last started {self.last_started_at})"


def clinical_reviewer_profile(user):
    """The author profile a clinical reviewer's approvals are shown under: a clinical reviewer with credentials."""
    return (
        Author.objects.filter(user=user, role=Author.Role.CLINICAL_REVIEWER).exclude(credentials="").first()
        if user and user.pk
        else None
    )


def why_user_cannot_approve(page, user):
    """Why `user` may not give `page` its clinical approval now, in words for them; "" when they may."""
    latest = page.get_latest_revision()
    workflow_state = page.current_workflow_state
    if latest and latest.user_id == user.pk:
        return "You made the latest changes to this module, so another clinical reviewer must approve it."
    if workflow_state and workflow_state.requested_by_id == user.pk:
        return "You submitted this module for review, so another clinical reviewer must approve it."
    if clinical_reviewer_profile(user) is None:
        return (
            "Your login is not linked to a clinical reviewer's author profile with credentials, which readers see "
            "next to the review. Ask a site administrator to link it (Authors, then your profile, then User)."
        )
    return ""


class ClinicalReviewTask(GroupApprovalTask):
    """The "Clinical review" step of the module workflow: a clinical reviewer approves, never the module's writer.

    Only members of the task's groups review (a superuser only if a member), and the approve actions are left out
    for the person who made the module's latest revision or submitted it, and for a reviewer without an author
    profile that readers can be shown. Approving first records a `ClinicalApproval` of the latest revision: the
    publish guard in `editorial.clinical_review` lets only such a revision go live.
    """

    class Meta:
        verbose_name = "clinical review task"
        verbose_name_plural = "clinical review tasks"

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve learning modules; nobody approves a module they changed or "
            "submitted, and each approval names the reviewer's author profile to readers."
        )

    def get_actions(self, obj, user):
        if not self._user_in_groups(user):
            return []
        actions = super().get_actions(obj, user)
        if why_user_cannot_approve(obj, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self._user_in_groups(user):
            return TaskState.objects.none()
        return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            page = task_state.workflow_state.content_object.specific
            # Checked again: the edit view saves the reviewer's own changes between its check and this call.
            if why_user_cannot_approve(page, user):
                return None  # nothing approved; `editorial.messages` tells the reviewer why
            ClinicalApproval.objects.create(
                page=page,
                revision=page.get_latest_revision(),
                approved_by=user,
                reviewer=clinical_reviewer_profile(user),
            )
        return super().on_action(task_state, user, action_name, **kwargs)


class ClinicalApproval(models.Model):
    """A clinical reviewer's approval of one revision of a learning module: the only kind of revision that may go
    live. Readers see the reviewer's author profile ("Reviewed by Dr. … on …")."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="clinical_approvals", help_text="The module."
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.CASCADE,
        related_name="clinical_approvals",
        help_text="The exact version of the module that was approved.",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="clinical_approvals",
        help_text="The login that approved it.",
    )
    reviewer = models.ForeignKey(
        Author,
        null=True,
        on_delete=models.SET_NULL,
        related_name="clinical_approvals",
        help_text="The reviewer's author profile, shown to readers.",
    )
    approved_at = models.DateTimeField(default=timezone.now, help_text="When it was approved.")

    class Meta:
        ordering = ["-approved_at", "-pk"]

    def __str__(self):
        return f"{self.reviewer or self.approved_by} approved revision {self.revision_id} ({self.approved_at:%Y-%m-%d})"
