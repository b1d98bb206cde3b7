"""Create the editorial roles and review workflows defined in `editorial/roles.py`."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from editorial.roles import apply_roles


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations have run; the roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        # The apps whose permissions the roles hand out, and Wagtail's default groups, task and workflow.
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("authors", "0001_initial"),
        ("blog", "0001_initial"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
