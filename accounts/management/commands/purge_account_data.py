import datetime

from axes.models import AccessAttempt

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from accounts import extensions, ratelimit
from accounts.models import PendingSignup


class Command(BaseCommand):
    help = (
        "Delete personal data past its retention period (settings.RETENTION_DAYS): sign-ups never confirmed, and "
        "what the apps above register (free-sample requests); also ended rate-limit windows and login lockouts."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        counts = {"unconfirmed sign-ups": self.purge_unconfirmed(now)}
        for extension in extensions.registered():
            counts.update(extension.purge_expired())
        counts["rate-limit windows"] = ratelimit.purge_expired()
        counts["login attempts"] = AccessAttempt.objects.filter(
            attempt_time__lt=now - settings.AXES_COOLOFF_TIME
        ).delete()[0]
        self.stdout.write("Deleted " + ", ".join(f"{count} {label}" for label, count in counts.items()) + ".")

    def purge_unconfirmed(self, now):
        cutoff = now - datetime.timedelta(days=settings.RETENTION_DAYS["unconfirmed_signups"])
        deleted = 0
        for pending in PendingSignup.objects.filter(created_at__lt=cutoff, user__is_active=False).select_related(
            "user"
        ):
            with transaction.atomic():
                pending.user.delete()  # never confirmed, never logged in: nothing of theirs is kept
            deleted += 1
        return deleted
