from django.apps import AppConfig


class LearningConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "learning"
    label = "learning"
    verbose_name = "Learning"

    def ready(self):
        from accounts import extensions
        from learning import signals
        from learning.account_extension import MembershipExtension

        signals.connect()
        extensions.register(MembershipExtension())

        from home import sitemaps
        from learning.sitemaps import JoiningSitemap

        sitemaps.register_section("joining", JoiningSitemap)
