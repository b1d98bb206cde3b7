"""`SchedulerRun`, taken over from the home app, whose migration 0006 renamed its table to this app's name."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0006_schedulerrun_moves_to_editorial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SchedulerRun",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        (
                            "name",
                            models.CharField(help_text='A management command, or "tick".', max_length=100, unique=True),
                        ),
                        ("last_started_at", models.DateTimeField(help_text="When it last started.", null=True)),
                        (
                            "last_finished_at",
                            models.DateTimeField(help_text="When it last finished, successfully or not.", null=True),
                        ),
                        (
                            "last_error",
                            models.TextField(
                                blank=True, help_text="What went wrong the last time, or empty if it worked."
                            ),
                        ),
                    ],
                    options={"verbose_name": "scheduler run"},
                ),
            ],
        ),
    ]
