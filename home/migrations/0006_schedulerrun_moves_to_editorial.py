"""`SchedulerRun` now belongs to the editorial app: its table is renamed, its rows kept (see editorial.0001)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_alter_standardpage_body"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable("SchedulerRun", "editorial_schedulerrun")],
            state_operations=[migrations.DeleteModel("SchedulerRun")],
        ),
    ]
