"""The editor's side of the review workflows: which footer actions they see, what the edit page tells them about
a review, and what each action's message says it did. Registered in `editorial/wagtail_hooks.py`.

- "Publish" is left out on learning modules (they go live through the clinical review), and a forged publish of a
  module is refused before anything is saved.
- "Restart workflow" is left out: each workflow here has one step, so it does what "Resubmit" does.
- "Cancel workflow" reads "Withdraw from review"; "Resubmit to <task>" reads "Resubmit for review".
- The edit page of a page whose review asked for changes opens with the reviewer's comment; a clinical reviewer
  who may not approve a module is told why.
- After a review action, Wagtail's "Page '…' has been updated" is replaced by what happened; a review action taken
  from the dashboard, where Wagtail says nothing, says the same.
"""

from django.contrib import messages
from django.shortcuts import redirect

from wagtail.admin.action_menu import CancelWorkflowMenuItem, SubmitForModerationMenuItem
from wagtail.admin.views.pages import workflow as pages_workflow
from wagtail.models import Page, TaskState, WorkflowState

from editorial.clinical_review import PUBLISH_REFUSED, live_approval
from editorial.models import ClinicalReviewTask, why_user_cannot_approve
from editorial.scheduling import scheduled_go_live_at, when
from learning.models import LearningIndexPage, LearningModulePage


class WithdrawFromReviewMenuItem(CancelWorkflowMenuItem):
    label = "Withdraw from review"


class ResubmitMenuItem(SubmitForModerationMenuItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        state = context.get("page") and context["page"].current_workflow_state
        if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            context["label"] = "Resubmit for review"
        return context


REPLACEMENTS = {"action-cancel-workflow": WithdrawFromReviewMenuItem, "action-submit": ResubmitMenuItem}


def is_module_view(context):
    page = context.get("page")
    if page is not None:
        return isinstance(page.specific_deferred, LearningModulePage)
    parent = context.get("parent_page")
    return parent is not None and isinstance(parent.specific_deferred, LearningIndexPage)


def plain_footer_actions(menu_items, request, context):
    """construct_page_action_menu: fewer, plainer review actions (see the module docstring)."""
    module = is_module_view(context)
    kept = []
    for item in menu_items:
        if item.name == "action-restart-workflow" or (module and item.name == "action-publish"):
            continue
        replacement = REPLACEMENTS.get(item.name)
        kept.append(replacement(order=item.order) if replacement and type(item) is not replacement else item)
    menu_items[:] = kept


def is_publish(request):
    return request.method == "POST" and bool(request.POST.get("action-publish"))


def refuse_module_publish_on_edit(request, page):
    """before_edit_page: a module's "Publish" (a forged one: the button is not shown) saves nothing."""
    if is_publish(request) and isinstance(page.specific, LearningModulePage):
        messages.error(request, PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)
    if request.method == "GET":
        explain_review_state(request, page)
    return None


def refuse_module_publish_on_create(request, parent_page, page_class):
    if is_publish(request) and issubclass(page_class, LearningModulePage):
        messages.error(request, PUBLISH_REFUSED)
        opts = page_class._meta
        return redirect("wagtailadmin_pages:add", opts.app_label, opts.model_name, parent_page.pk)
    return None


def explain_review_state(request, page):
    """The writer sees the reviewer's comment at the top of the edit page; a reviewer sees why they cannot approve."""
    state = page.current_workflow_state
    if state is None:
        return
    task_state = state.current_task_state
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES and task_state:
        reviewer = task_state.finished_by.get_full_name() if task_state.finished_by else "A reviewer"
        comment = f" Their comment: “{task_state.comment}”" if task_state.comment else ""
        messages.warning(
            request,
            f"Changes requested by {reviewer or task_state.finished_by.get_username()} on "
            f"{when(task_state.finished_at)}.{comment} Make the changes, then choose “Resubmit for review” "
            "under the arrow beside “Save draft”.",
        )
    elif state.status == WorkflowState.STATUS_IN_PROGRESS and task_state:
        task = task_state.task.specific
        if isinstance(task, ClinicalReviewTask) and task._user_in_groups(request.user):
            reason = why_user_cannot_approve(page.specific, request.user)
            if reason:
                messages.info(request, reason)


def say_what_happened(request, page):
    """after_edit_page / after_create_page: replace "has been updated" after a review action with what it did."""
    if request.method != "POST":
        return None
    message = outcome_message(request, Page.objects.get(pk=page.pk).specific)
    if message:
        list(messages.get_messages(request))  # reading them drops Wagtail's generic messages of this request
        level, text = message
        messages.add_message(request, level, text)
    return None


def outcome_message(request, page):
    """What the edit view's review action did (its form names the action in hidden fields)."""
    title = f"“{page.get_admin_display_title()}”"
    post = request.POST
    if post.get("action-submit"):
        return messages.SUCCESS, (
            f"Sent for review: {title}. The reviewers are emailed. You can read it but not change it until they "
            "approve it or ask for changes."
        )
    if post.get("action-cancel-workflow"):
        return messages.SUCCESS, f"Withdrawn from review: {title} is a draft again. Submit it when it is ready."
    if not post.get("action-workflow-action"):
        return None
    return review_outcome(request, page, post.get("workflow-action-name"), refused_suffix=" Your changes are saved.")


def review_outcome(request, page, action, refused_suffix=""):
    """What a reviewer's "approve" or "reject" did to `page`, as (level, text), or None for other actions."""
    title = f"“{page.get_admin_display_title()}”"
    state = WorkflowState.objects.for_instance(page).order_by("-created_at", "-pk").first()
    if state is None:
        return None
    if action == "reject":
        writer = state.requested_by.get_full_name() or state.requested_by.get_username() if state.requested_by else ""
        return messages.SUCCESS, f"Changes requested: {title} went back to {writer or 'its writer'} with your comment."
    if action != "approve":
        return None
    if state.status == WorkflowState.STATUS_IN_PROGRESS:  # a clinical approval refused after the reviewer's edits
        reason = why_user_cannot_approve(page, request.user)
        return messages.ERROR, f"Not approved: {reason}{refused_suffix}"
    go_live_at = scheduled_go_live_at(page)
    if go_live_at:
        return messages.SUCCESS, f"Approved and scheduled for {when(go_live_at)}: {title} goes live by itself then."
    text = f"Approved and published: {title} is on the site now."
    approval = live_approval(page) if isinstance(page, LearningModulePage) else None
    if approval and approval.reviewer:
        text += f" Readers see “Reviewed by {approval.reviewer.name}”."
    return messages.SUCCESS, text


class WorkflowActionView(pages_workflow.WorkflowActionView):
    """A review action pressed outside the editor (the dashboard's "Awaiting your review" list): Wagtail performs
    it and says nothing; this says what it did, as the editor does. Routed in `editorial/admin_urls.py`.

    Nothing is said while the task is still open: its form was invalid and is shown again. (A clinical reviewer
    who may not approve is not offered "Approve" here, and a forged one is refused before this runs.)
    """

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        if not TaskState.objects.filter(pk=self.task_state.pk, status=TaskState.STATUS_IN_PROGRESS).exists():
            outcome = review_outcome(request, Page.objects.get(pk=self.object.pk).specific, self.action_name)
            if outcome:
                messages.add_message(request, *outcome)
        return response
