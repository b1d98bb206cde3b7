import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from learning.models import AccessCode, Membership

CONFIRMATION_DAYS = 3  # how long the emailed confirmation link works


class Command(BaseCommand):
    help = "Give back the access-code seats of sign-ups whose email address was never confirmed, and remove them."

    def handle(self, *args, **options):
        cutoff = timezone.now() - datetime.timedelta(days=CONFIRMATION_DAYS)
        stale = Membership.objects.filter(
            status=Membership.Status.PENDING, user__is_active=False, user__date_joined__lt=cutoff
        ).select_related("user")
        released = 0
        for membership in stale:
            with transaction.atomic():
                if membership.access_code_id:
                    AccessCode.objects.filter(pk=membership.access_code_id, used_count__gt=0).update(
                        used_count=F("used_count") - 1
                    )
                membership.user.delete()  # never confirmed, never logged in: nothing of theirs is kept
                released += 1
        self.stdout.write(f"Released {released} unconfirmed sign-up(s).")
