"""Create the Members and Member managers groups and the collection that holds member eBooks."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MANAGED_MODELS = ["membership", "accesscode", "samplerequest"]


def create_groups_and_collection(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure ours exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get_or_create(name="Members")
    managers, _ = Group.objects.get_or_create(name="Member managers")
    managers.permissions.add(
        *Permission.objects.filter(content_type__app_label="learning", content_type__model__in=MANAGED_MODELS),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )

    Collection = apps.get_model("wagtailcore", "Collection")
    if not Collection.objects.filter(name="Member eBooks").exists():
        root = Collection.objects.get(depth=1)
        # Collections are a treebeard materialised-path tree; add the child by hand (no model methods here).
        last = Collection.objects.filter(depth=2).order_by("-path").first()
        next_number = int(last.path[-4:], 36) + 1 if last else 1
        step = ""
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        number = next_number
        for _ in range(4):
            number, remainder = divmod(number, 36)
            step = digits[remainder] + step
        Collection.objects.create(name="Member eBooks", depth=2, path=root.path + step, numchild=0)
        root.numchild += 1
        root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0001_initial"),
        ("wagtailcore", "0025_collection_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups_and_collection, migrations.RunPython.noop)]
