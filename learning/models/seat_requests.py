"""A family without a code asks for a sponsored seat; a member manager approves it with a one-seat access code
(the invitation, emailed to the family) or declines it."""

import datetime
import secrets

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from .access_codes import AccessCode

INVITATION_DAYS = 30  # how long an invitation code works
INVITATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: codes are read and typed by people


class SeatRequest(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting for an answer"
        APPROVED = "approved", "Approved: invitation sent"
        DECLINED = "declined", "Declined"

    email = models.EmailField(help_text="Where the family wants the answer sent.")
    region = models.CharField(max_length=120, help_text="Where the family lives, in their own words.")
    situation = models.TextField(
        max_length=600, help_text="What the family wrote about their situation. Keep it private."
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.WAITING, help_text="Where this request stands."
    )
    created_at = models.DateTimeField(auto_now_add=True, help_text="When the family sent the request.")
    decided_at = models.DateTimeField(null=True, blank=True, help_text="When a member manager answered.")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The member manager who answered.",
    )
    invitation = models.OneToOneField(
        AccessCode,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="seat_request",
        help_text="The single-use access code sent to the family when the request was approved.",
    )
    staff_notes = models.TextField(blank=True, help_text="Private notes for staff. The family never sees these.")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "sponsored seat request"

    def __str__(self):
        return f"{self.email} ({self.get_status_display().lower()})"

    def approve(self, manager):
        """Make the single-use invitation code and mark the request approved; once only.

        Returns the code, or None when the request was already answered (two managers clicking at once)."""
        with transaction.atomic():
            answered = SeatRequest.objects.filter(pk=self.pk, status=self.Status.WAITING).update(
                status=self.Status.APPROVED, decided_at=timezone.now(), decided_by=manager
            )
            if not answered:
                return None
            code = AccessCode.objects.create(
                code=new_invitation_code(),
                sponsor_name=f"Sponsored seat (request {self.pk})",
                seats=1,
                valid_until=timezone.localdate() + datetime.timedelta(days=INVITATION_DAYS),
            )
            SeatRequest.objects.filter(pk=self.pk).update(invitation=code)
        self.refresh_from_db()
        return code

    def decline(self, manager):
        return bool(
            SeatRequest.objects.filter(pk=self.pk, status=self.Status.WAITING).update(
                status=self.Status.DECLINED, decided_at=timezone.now(), decided_by=manager
            )
        )


def new_invitation_code():
    """SEAT-XXXX-XXXX: 40 bits of randomness, unguessable within the join form's rate limit."""
    letters = "".join(secrets.choice(INVITATION_ALPHABET) for _ in range(8))
    return f"SEAT-{letters[:4]}-{letters[4:]}"
