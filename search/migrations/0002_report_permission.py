from django.contrib.auth.management import create_permissions
from django.db import migrations

READERS_OF_THE_REPORT = ["Editors", "Moderators"]


def grant_report(apps, schema_editor):
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="search", codename="view_searchquerylog")
    for name in READERS_OF_THE_REPORT:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant_report, migrations.RunPython.noop)]
