from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from learning.models.membership import Membership


class AccessCodeError(Exception):
    """A code that cannot be redeemed; the message is written for the family who typed it."""


class AccessCode(models.Model):
    """Sponsored seats: a code that gives a number of families access, paid for by a state or an agency."""

    code = models.CharField(
        max_length=40,
        unique=True,
        help_text="What families type to redeem a seat, e.g. 'OHIO-2027'. Letters, numbers and dashes.",
    )
    sponsor_name = models.CharField(max_length=120, help_text="Who pays for these seats, e.g. 'County Health Dept.'")
    seats = models.PositiveIntegerField(help_text="How many families may use this code in total.")
    used_count = models.PositiveIntegerField(default=0, help_text="How many seats have been taken so far.")
    valid_until = models.DateField(
        help_text="The last day the code can be redeemed. Memberships from it also end on this day."
    )
    active = models.BooleanField(default=True, help_text="Untick to stop the code working straight away.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-valid_until", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(used_count__lte=F("seats")), name="access_code_seats_not_exceeded"
            )
        ]

    def __str__(self):
        return f"{self.code} ({self.sponsor_name})"

    def save(self, *args, **kwargs):
        self.code = normalise_code(self.code)
        super().save(*args, **kwargs)

    @property
    def seats_left(self):
        return max(0, self.seats - self.used_count)

    @classmethod
    def redeem(cls, raw_code, user, status=None):
        """Take one seat for `user` and return their membership. Atomic: the last seat goes to one family only.

        A new account's membership starts `pending` until its email address is confirmed.
        """
        code = normalise_code(raw_code)
        today = timezone.localdate()
        with transaction.atomic():
            access_code = cls.objects.select_for_update().filter(code=code).first()
            if access_code is None or not access_code.active:
                raise AccessCodeError("We don't recognize that access code. Please check it and try again.")
            if access_code.valid_until < today:
                raise AccessCodeError("That access code has expired. Please ask the organization that gave it to you.")
            # A conditional UPDATE is the lock that counts: it succeeds for one transaction per remaining seat,
            # also on databases without SELECT … FOR UPDATE (SQLite).
            taken = cls.objects.filter(pk=access_code.pk, used_count__lt=F("seats")).update(
                used_count=F("used_count") + 1
            )
            if not taken:
                raise AccessCodeError("All the seats for that access code have been taken.")
            membership, _ = Membership.objects.update_or_create(
                user=user,
                defaults={
                    "status": status or Membership.Status.ACTIVE,
                    "start": today,
                    "end": access_code.valid_until,
                    "source": Membership.Source.ACCESS_CODE,
                    "access_code": access_code,
                },
            )
        return membership


def normalise_code(raw_code):
    return (raw_code or "").strip().upper()
