from django.apps import AppConfig


class AuthorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "authors"
    label = "authors"
    verbose_name = "Authors"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home import content_generation, sitemaps

        from .models import Book
        from .sitemaps import AuthorSitemap

        sitemaps.register_section("authors", AuthorSitemap)
        # Authors are snippets (their saves start a new content generation); their books are not.
        post_save.connect(content_generation.bump, sender=Book, dispatch_uid="generation-book-save")
        post_delete.connect(content_generation.bump, sender=Book, dispatch_uid="generation-book-delete")
