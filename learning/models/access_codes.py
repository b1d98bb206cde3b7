from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from learning.models.membership import Membership

INVALID_CODE_MESSAGE = (
    "We can't use that access code. Please check it and try again, or ask the organization that gave it to you."
)


class AccessCodeError(Exception):
    """A code that cannot be redeemed; the message is written for the family who typed it."""


class AccessCode(models.Model):
    """Sponsored seats: a code that gives a number of families access, paid for by a state or an agency."""

    code = models.CharField(
        max_length=40,
        unique=True,
        validators=[
            RegexValidator(
                r"^\s*[A-Za-z0-9]+(-[A-Za-z0-9]+)*\s*$",
                "Use only letters, numbers and dashes (a dash between two of them), e.g. OHIO-2027.",
            )
        ],
        error_messages={"unique": "Another access code already uses these letters. Please choose another code."},
        help_text="What families type to redeem a seat, e.g. 'OHIO-2027'. Letters, numbers and dashes; "
        "small letters become capitals.",
    )
    sponsor_name = models.CharField(
        "sponsor", max_length=120, help_text="Who pays for these seats, e.g. 'County Health Dept.'"
    )
    seats = models.PositiveIntegerField(
        help_text="How many families may use this code in total. It cannot be lower than the seats already taken."
    )
    used_count = models.PositiveIntegerField(
        "seats taken", default=0, editable=False, help_text="How many seats have been taken so far."
    )
    valid_until = models.DateField(
        help_text="The last day the code can be redeemed. Memberships from it also end on this day."
    )
    active = models.BooleanField("working", default=True, help_text="Untick to stop the code working straight away.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-valid_until", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(used_count__lte=F("seats")),
                name="access_code_seats_not_exceeded",
                violation_error_message="The number of seats cannot be lower than the seats already taken.",
            )
        ]

    def __str__(self):
        return f"{self.code} ({self.sponsor_name})"

    def save(self, *args, **kwargs):
        self.code = normalise_code(self.code)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.seats is not None and self.seats < self.used_count:
            raise ValidationError(
                {"seats": f"{self.used_count} seats are already taken: the code needs at least {self.used_count}."}
            )
        stored_date = type(self).objects.filter(pk=self.pk).values_list("valid_until", flat=True).first()
        if self.valid_until and self.valid_until != stored_date and self.valid_until < timezone.localdate():
            raise ValidationError({"valid_until": "Choose today or a later day: families could not use the code."})

    @property
    def seats_left(self):
        return max(0, self.seats - self.used_count)

    def active_label(self):
        return "Yes" if self.active else "No"

    active_label.short_description = "Working"

    @classmethod
    def usable(cls, raw_code, email):
        """The code, if the family joining with `email` may use it now (known, active, unexpired, a seat left,
        and, for an invitation, sent to that address). Raises AccessCodeError with one message for every reason,
        so the answer never tells a guesser which codes exist."""
        code = normalise_code(raw_code)
        access_code = cls.objects.filter(code=code).first() if code else None
        if access_code is None or not access_code.can_be_used_today() or not access_code.is_open_to(email):
            raise AccessCodeError(INVALID_CODE_MESSAGE)
        return access_code

    def can_be_used_today(self):
        return self.active and self.valid_until >= timezone.localdate() and self.used_count < self.seats

    def is_open_to(self, email):
        """A sponsored seat's invitation works only for the address it was emailed to (whoever else reads or is
        forwarded the email cannot take the seat); other codes work for anyone."""
        invitation = getattr(self, "seat_request", None)  # the SeatRequest this code answers, if any
        return invitation is None or invitation.email.lower() == (email or "").strip().lower()

    @classmethod
    def redeem(cls, raw_code, user):
        """Take one seat for `user` and return their (active) membership. Atomic: the last seat goes to one family
        only. Called for confirmed accounts only, so unconfirmed sign-ups never hold seats."""
        code = normalise_code(raw_code)
        today = timezone.localdate()
        with transaction.atomic():
            access_code = cls.objects.select_for_update().filter(code=code).first() if code else None
            if (
                access_code is None
                or not access_code.active
                or access_code.valid_until < today
                or not access_code.is_open_to(user.email)
            ):
                raise AccessCodeError(INVALID_CODE_MESSAGE)
            # A conditional UPDATE is the lock that counts: it succeeds for one transaction per remaining seat,
            # also on databases without SELECT … FOR UPDATE (SQLite).
            taken = cls.objects.filter(pk=access_code.pk, used_count__lt=F("seats")).update(
                used_count=F("used_count") + 1
            )
            if not taken:
                raise AccessCodeError(INVALID_CODE_MESSAGE)
            membership, _ = Membership.objects.update_or_create(
                user=user,
                defaults={
                    "status": Membership.Status.ACTIVE,
                    "start": today,
                    "end": access_code.valid_until,
                    "source": Membership.Source.ACCESS_CODE,
                    "access_code": access_code,
                },
            )
        return membership

    @classmethod
    def give_back_seat(cls, membership):
        """Free the seat an access-code membership holds (when its account is deleted)."""
        if membership.access_code_id and membership.source == Membership.Source.ACCESS_CODE and membership.is_current:
            cls.objects.filter(pk=membership.access_code_id, used_count__gt=0).update(used_count=F("used_count") - 1)


def normalise_code(raw_code):
    return (raw_code or "").strip().upper()
