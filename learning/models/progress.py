"""A member's own progress records: which modules they visited, where they stopped, what they finished, and the
private answers they typed into exercises.

A module is done when the member says so ("Mark as done", undoable), or by itself when the member has finished
what the module asks of them: played its uploaded video to the end and saved an answer to every exercise that has
an answer box. An embedded video (YouTube, Vimeo) cannot tell the site it has ended, so such a module is finished
by its exercises alone; a module with neither an uploaded video nor an answer box is only ever marked by the member.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

# Deleted answers can be brought back for this long; after it they are gone for good.
ANSWER_UNDO_MINUTES = 10


class ModuleProgress(models.Model):
    """A member's progress through one module. Keyed to the page, so reordering modules keeps it."""

    class Completion(models.TextChoices):
        MEMBER = "member", "Marked as done by the member"
        FINISHED = "finished", "Video and exercises finished"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress")
    module = models.ForeignKey("learning.LearningModulePage", on_delete=models.CASCADE, related_name="progress")
    started_at = models.DateTimeField(default=timezone.now)
    last_viewed_at = models.DateTimeField(default=timezone.now)
    last_section = models.CharField(
        max_length=80, blank=True, help_text="The part of the module the member was reading when they last left it."
    )
    video_finished_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_by = models.CharField(max_length=10, choices=Completion.choices, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="one_progress_per_member_module")]
        verbose_name_plural = "module progress"

    def __str__(self):
        state = "completed" if self.completed_at else "started"
        return f"{self.user} {state} module {self.module_id}"

    @classmethod
    def record_visit(cls, user, module):
        progress, created = cls.objects.get_or_create(user=user, module=module)
        if not created:
            cls.objects.filter(pk=progress.pk).update(last_viewed_at=timezone.now())
        return progress

    @classmethod
    def record_section(cls, user, module, section):
        """Remember the part of the module the member reached (a section id the module itself offers)."""
        progress, _ = cls.objects.get_or_create(user=user, module=module)
        cls.objects.filter(pk=progress.pk).update(last_section=section, last_viewed_at=timezone.now())

    @classmethod
    def mark_complete(cls, user, module, by=Completion.MEMBER):
        progress, _ = cls.objects.get_or_create(user=user, module=module)
        if not progress.completed_at:
            progress.completed_at = timezone.now()
            progress.completed_by = by
            progress.save(update_fields=["completed_at", "completed_by"])
        return progress

    @classmethod
    def mark_not_done(cls, user, module):
        cls.objects.filter(user=user, module=module).update(completed_at=None, completed_by="")

    @classmethod
    def record_video_finished(cls, user, module):
        progress, _ = cls.objects.get_or_create(user=user, module=module)
        if not progress.video_finished_at:
            progress.video_finished_at = timezone.now()
            progress.save(update_fields=["video_finished_at"])
        return cls.complete_if_finished(user, module)

    @classmethod
    def complete_if_finished(cls, user, module):
        """Mark the module done when the member has finished its uploaded video and every answer box.
        Returns True when this call completed it."""
        progress = cls.objects.filter(user=user, module=module).first()
        if progress is None or progress.completed_at:
            return False
        needs_video = bool(module.video_file_id and not module.video_url)
        boxes = {block.id for block in module.exercise_blocks()}
        if not needs_video and not boxes:
            return False
        if needs_video and not progress.video_finished_at:
            return False
        answered = set(
            ExerciseAnswer.current()
            .filter(user=user, module=module, block_id__in=boxes)
            .exclude(answer="")
            .values_list("block_id", flat=True)
        )
        if answered != boxes:
            return False
        cls.mark_complete(user, module, by=cls.Completion.FINISHED)
        return True

    @classmethod
    def for_user(cls, user, modules):
        return {p.module_id: p for p in cls.objects.filter(user=user, module__in=[m.pk for m in modules])}

    @classmethod
    def continue_point(cls, user, modules, progress=None):
        """Where to pick up: the module the member visited last and has not finished, at the section they
        reached; else the first module not done yet. Returns (module, section) or (None, "")."""
        progress = cls.for_user(user, modules) if progress is None else progress
        unfinished = [progress[m.pk] for m in modules if m.pk in progress and not progress[m.pk].completed_at]
        if unfinished:
            latest = max(unfinished, key=lambda p: p.last_viewed_at)
            return next(m for m in modules if m.pk == latest.module_id), latest.last_section
        first_open = next((m for m in modules if m.pk not in progress or not progress[m.pk].completed_at), None)
        return first_open, ""


class ExerciseAnswer(models.Model):
    """What a member typed into an exercise's answer box. Private to that member.

    Deleting marks the answers deleted so the member can undo for ANSWER_UNDO_MINUTES; nothing shows or exports
    them meanwhile, and once the window is over they are erased for good by the next delete or undo (anyone's) or by
    the hourly clean-up (`purge_account_data`)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exercise_answers")
    module = models.ForeignKey("learning.LearningModulePage", on_delete=models.CASCADE, related_name="answers")
    block_id = models.CharField(max_length=64)
    answer = models.TextField(max_length=5000, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "module", "block_id"], name="one_answer_per_member_exercise")
        ]

    def __str__(self):
        return f"Answer by {self.user} in module {self.module_id}"

    @classmethod
    def current(cls):
        """Answers that are not deleted."""
        return cls.objects.filter(deleted_at__isnull=True)

    @classmethod
    def answers_by_block(cls, user, module):
        return dict(cls.current().filter(user=user, module=module).values_list("block_id", "answer"))

    @classmethod
    def save_answer(cls, user, module, block_id, text):
        cls.objects.update_or_create(
            user=user, module=module, block_id=block_id, defaults={"answer": text, "deleted_at": None}
        )

    @classmethod
    def delete_for_undo(cls, user, module):
        """Mark the member's answers in this module deleted; returns how many."""
        cls.purge_undo_expired()
        return cls.current().filter(user=user, module=module).update(deleted_at=timezone.now())

    @classmethod
    def undo_delete(cls, user, module):
        """Bring back answers deleted in this module within the undo window; returns how many."""
        cutoff = timezone.now() - datetime.timedelta(minutes=ANSWER_UNDO_MINUTES)
        deleted = cls.objects.filter(user=user, module=module, deleted_at__gte=cutoff)
        return deleted.update(deleted_at=None)

    @classmethod
    def undoable(cls, user, module):
        """Are there answers in this module the member deleted recently enough to bring back?"""
        cutoff = timezone.now() - datetime.timedelta(minutes=ANSWER_UNDO_MINUTES)
        return cls.objects.filter(user=user, module=module, deleted_at__gte=cutoff).exists()

    @classmethod
    def purge_undo_expired(cls):
        cutoff = timezone.now() - datetime.timedelta(minutes=ANSWER_UNDO_MINUTES)
        deleted, _ = cls.objects.filter(deleted_at__lt=cutoff).delete()
        return deleted
