import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from contact.models import ContactPage


class Command(BaseCommand):
    help = "Delete contact-form messages older than CONTACT_RETENTION_DAYS (the privacy page promises this)."

    def handle(self, *args, **options):
        days = settings.CONTACT_RETENTION_DAYS
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = FormSubmission.objects.filter(page__in=ContactPage.objects.all(), submit_time__lt=cutoff)
        deleted, _ = old.delete()
        self.stdout.write(f"Deleted {deleted} contact messages older than {days} days.")
