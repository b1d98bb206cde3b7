from django.conf import settings
from django.db import migrations


def mark_waiting_accounts(apps, schema_editor):
    """Accounts that joined before sign-ups were recorded: inactive, never logged in, not staff, are waiting."""
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    PendingSignup = apps.get_model("accounts", "PendingSignup")
    waiting = User.objects.filter(is_active=False, is_staff=False, last_login__isnull=True)
    PendingSignup.objects.bulk_create([PendingSignup(user_id=pk) for pk in waiting.values_list("pk", flat=True)])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_pending_signups_and_rate_limit_counts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(mark_waiting_accounts, migrations.RunPython.noop)]
