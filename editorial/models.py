from django.db import models


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
