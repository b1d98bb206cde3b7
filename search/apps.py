from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        from search import signals  # noqa: F401 - connects its receivers

        post_migrate.connect(set_up_engine, sender=self)


def set_up_engine(using="default", **kwargs):
    """Create the engine's own structures (SQLite's FTS5 table, PostgreSQL's GIN index) if missing.

    Done after every migrate rather than in a migration so that test databases built without migrations
    get them too.
    """
    from search.engines import get_engine

    get_engine().setup()
