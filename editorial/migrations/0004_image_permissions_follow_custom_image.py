"""Apply the roles again now that the site's own image model exists: its permissions replace Wagtail's."""

import importlib

from django.db import migrations

create_roles = importlib.import_module("editorial.migrations.0002_editorial_roles").create_roles


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_editors_manage_resources"),
        ("home", "0012_images_move_to_custom_image"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
