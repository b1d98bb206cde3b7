"""An index on the page table's expiry date, which the readers' visibility rule (home/visibility.py) asks of every
listing, feed and search: without it each of them read the whole page table to find the few expired pages.

Wagtail's `Page` model is not ours to give a `Meta.indexes` entry, so the index is created in SQL that SQLite and
PostgreSQL both accept; the model state is unchanged."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0017_home_page_for_three_readers"),
    ]

    operations = [
        migrations.RunSQL(
            sql="CREATE INDEX IF NOT EXISTS home_page_expire_at ON wagtailcore_page (expire_at)",
            reverse_sql="DROP INDEX IF EXISTS home_page_expire_at",
        ),
    ]
