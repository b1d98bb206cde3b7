"""Editors add, change and check help resources: apply the roles again now that the resources app exists."""

import importlib

from django.db import migrations

create_roles = importlib.import_module("editorial.migrations.0002_editorial_roles").create_roles


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_editorial_roles"),
        ("resources", "0001_resource"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
