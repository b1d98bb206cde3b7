from django.conf import settings
from django.db import models
from django.utils import timezone


class ModuleProgress(models.Model):
    """A member's progress through one module. Keyed to the page, so reordering modules keeps it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress")
    module = models.ForeignKey("learning.LearningModulePage", on_delete=models.CASCADE, related_name="progress")
    started_at = models.DateTimeField(default=timezone.now)
    last_viewed_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

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
    def mark_complete(cls, user, module):
        progress, _ = cls.objects.get_or_create(user=user, module=module)
        if not progress.completed_at:
            progress.completed_at = timezone.now()
            progress.save(update_fields=["completed_at"])
        return progress

    @classmethod
    def for_user(cls, user, modules):
        return {p.module_id: p for p in cls.objects.filter(user=user, module__in=[m.pk for m in modules])}

    @classmethod
    def continue_module(cls, user, modules):
        """The module to pick up: the last one viewed if unfinished, else the first not yet completed."""
        progress = cls.for_user(user, modules)
        unfinished = [progress[m.pk] for m in modules if m.pk in progress and not progress[m.pk].completed_at]
        if unfinished:
            latest = max(unfinished, key=lambda p: p.last_viewed_at)
            return next(m for m in modules if m.pk == latest.module_id)
        return next((m for m in modules if m.pk not in progress or not progress[m.pk].completed_at), None)


class ExerciseAnswer(models.Model):
    """What a member typed into an exercise's answer box. Private to that member."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exercise_answers")
    module = models.ForeignKey("learning.LearningModulePage", on_delete=models.CASCADE, related_name="answers")
    block_id = models.CharField(max_length=64)
    answer = models.TextField(max_length=5000, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "module", "block_id"], name="one_answer_per_member_exercise")
        ]

    def __str__(self):
        return f"Answer by {self.user} in module {self.module_id}"

    @classmethod
    def answers_by_block(cls, user, module):
        return dict(cls.objects.filter(user=user, module=module).values_list("block_id", "answer"))
