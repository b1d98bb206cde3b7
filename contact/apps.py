from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "contact"
    label = "contact"
    verbose_name = "Contact"
    default_auto_field = "django.db.models.BigAutoField"
