from django.apps import AppConfig


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    label = "home"
    verbose_name = "Home"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from home import content_generation, frontend_purge, rendition_tasks
        from home.spreadsheets import neutralise_every_export

        neutralise_every_export()

        # Cached pages, fragments and the sitemap are keyed by the content generation: start a new one on each change.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(content_generation.bump, dispatch_uid=f"generation-{id(signal)}")
        for signal in (post_save, post_delete):
            signal.connect(content_generation.bump_for_shown_models, dispatch_uid=f"generation-models-{id(signal)}")
        m2m_changed.connect(
            content_generation.bump_for_restriction_groups,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="generation-restriction-groups",
        )
        # A CDN in front is told the addresses each change touches (a no-op unless FRONTEND_CACHE_* is set).
        frontend_purge.connect()
        # A saved picture gets every file the site draws it with, after the save commits.
        rendition_tasks.connect()
