"""The module workflow's "Clinical review" becomes a `ClinicalReviewTask` (no self-approval, approvals recorded);
clinical reviewers get their rights on the learning section; module schedules made before the rule are withdrawn,
since no revision of them has a clinical approval yet (the scheduler would otherwise be refused at every run)."""

import importlib

from django.db import migrations

from editorial.roles import MODULE_CLINICAL_REVIEW

create_roles = importlib.import_module("editorial.migrations.0002_editorial_roles").create_roles


def convert_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ClinicalReviewTask = apps.get_model("editorial", "ClinicalReviewTask")
    clinical_type, _ = ContentType.objects.get_or_create(app_label="editorial", model="clinicalreviewtask")
    plain_type = ContentType.objects.get_for_model(GroupApprovalTask)
    for task in Task.objects.filter(
        workflow_tasks__workflow__name=MODULE_CLINICAL_REVIEW, content_type=plain_type
    ).distinct():
        # Add the child row to the existing task (raw: its parent rows, and their groups, stay as they are).
        ClinicalReviewTask(pk=task.pk, groupapprovaltask_ptr_id=task.pk, task_ptr_id=task.pk).save_base(raw=True)
        Task.objects.filter(pk=task.pk).update(content_type=clinical_type)


def withdraw_module_schedules(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    module_type = ContentType.objects.filter(app_label="learning", model="learningmodulepage").first()
    if module_type:
        Revision.objects.filter(content_type=module_type, approved_go_live_at__isnull=False).update(
            approved_go_live_at=None
        )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0004_clinical_review_task_and_approvals"),
        ("learning", "0011_member_managers_answer_seat_requests"),
    ]

    operations = [
        migrations.RunPython(convert_task, migrations.RunPython.noop),
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(withdraw_module_schedules, migrations.RunPython.noop),
    ]
