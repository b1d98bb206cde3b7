"""Editors (the editorial role from home/roles.py) add, change and check help resources."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_editors(apps, schema_editor):
    # Permissions are normally created after all migrations have run; the grant needs them now.
    app_config = apps.get_app_config("resources")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*Permission.objects.filter(content_type__app_label="resources"))


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_resource"),
        ("home", "0002_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
