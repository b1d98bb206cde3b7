from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    label = "resources"
    verbose_name = "Help resources"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home import sitemaps

        from .sitemaps import ResourcesSitemap

        sitemaps.register_section("resources", ResourcesSitemap)
