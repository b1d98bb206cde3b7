"""Member managers see, answer and export sponsored seat requests."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure the new model's exist now.
    app_config = apps.get_app_config("learning")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    managers, _ = Group.objects.get_or_create(name="Member managers")
    managers.permissions.add(
        *Permission.objects.filter(content_type__app_label="learning", content_type__model="seatrequest")
    )


class Migration(migrations.Migration):
    dependencies = [("learning", "0010_seat_requests")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
