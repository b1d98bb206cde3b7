"""Apply the roles again now that the crisis bar and footer have drafts: editors change and publish them.

Wagtail creates a snippet's "publish" permission only after all migrations have run; the roles need it now.
"""

import importlib

from django.db import migrations

create_roles = importlib.import_module("editorial.migrations.0002_editorial_roles").create_roles

PUBLISHABLE = {"crisissupportsettings": "crisis bar", "sitechromesettings": "footer and membership box"}


def create_publish_permissions_and_roles(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model, name in PUBLISHABLE.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="home", model=model)
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"publish_{model}", defaults={"name": f"Can publish {name}"}
        )
    create_roles(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0005_clinical_review_rule"),
        ("home", "0016_crisis_bar_links_to_the_help_page"),
    ]

    operations = [migrations.RunPython(create_publish_permissions_and_roles, migrations.RunPython.noop)]
