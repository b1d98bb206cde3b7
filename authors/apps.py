from django.apps import AppConfig


class AuthorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "authors"
    label = "authors"
    verbose_name = "Authors"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home import sitemaps

        from .models import Author, Book
        from .sitemaps import AuthorSitemap

        sitemaps.register_section("authors", AuthorSitemap)
        for model in (Author, Book):
            post_save.connect(sitemaps.invalidate, sender=model, dispatch_uid=f"sitemap-{model.__name__}-save")
            post_delete.connect(sitemaps.invalidate, sender=model, dispatch_uid=f"sitemap-{model.__name__}-delete")
