from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """The editorial floor, on top of the content apps: roles, workflows, clinical review, dashboard, scheduler."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    label = "editorial"
    verbose_name = "Editorial"

    def ready(self):
        from editorial import signals

        signals.connect()
