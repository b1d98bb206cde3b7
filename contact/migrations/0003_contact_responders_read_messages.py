"""Only the "Contact responders" group (and superusers) read contact messages; editors and moderators no longer
do. The group gets the new permission and access to the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_responders(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure the new one exists now.
    app_config = apps.get_app_config("contact")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    responders, _ = Group.objects.get_or_create(name="Contact responders")
    responders.permissions.add(
        *Permission.objects.filter(content_type__app_label="contact", codename="read_contact_messages"),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )


class Migration(migrations.Migration):

    dependencies = [
        ('contact', '0002_images_use_custom_image'),
        ('wagtailadmin', '0001_create_admin_access_permissions'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='contactpage',
            options={'permissions': [('read_contact_messages', 'Can read and export the messages sent through the contact form')], 'verbose_name': 'contact page'},
        ),
        migrations.RunPython(create_responders, migrations.RunPython.noop),
    ]
