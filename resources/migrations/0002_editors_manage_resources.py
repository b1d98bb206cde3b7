"""Editors add, change and check help resources.

The Editors group is one of the editorial roles (editorial/roles.py, which sits above this app). Granting is
additive and get_or_create makes the group if the roles have not run yet, so no dependency on them is needed.
"""

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
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
