"""Editors see, add, change and delete redirects (the ones Wagtail makes when a page's web address changes):
apply the roles again now that they name the redirect permissions."""

import importlib

from django.db import migrations

create_roles = importlib.import_module("editorial.migrations.0002_editorial_roles").create_roles


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0006_editors_publish_site_chrome"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
