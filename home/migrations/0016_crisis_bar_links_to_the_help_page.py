"""The crisis bar's "More ways to get help" link was the fixed address /help/: choose that page in its new field.

Every other value of the crisis bar and footer stays as it was (same rows); each stays published.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    CrisisSupportSettings = apps.get_model("home", "CrisisSupportSettings")
    Page = apps.get_model("wagtailcore", "Page")
    for crisis in CrisisSupportSettings.objects.filter(more_help_page__isnull=True).select_related("site__root_page"):
        help_page = Page.objects.filter(url_path=crisis.site.root_page.url_path + "help/").first()
        if help_page:
            CrisisSupportSettings.objects.filter(pk=crisis.pk).update(more_help_page=help_page)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0015_site_chrome_drafts_and_history"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
