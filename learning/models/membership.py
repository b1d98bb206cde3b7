from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone

MEMBERS_GROUP = "Members"


class Membership(models.Model):
    """A family's access to the learning modules. One per account."""

    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        PENDING = "pending", "Pending (email not yet confirmed)"
        EXPIRED = "expired", "Expired"
        CANCELLED = "cancelled", "Cancelled"

    class Source(models.TextChoices):
        STAFF = "staff", "Granted by staff"
        ACCESS_CODE = "access_code", "Access code"
        IMPORT = "import", "Imported"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name="member's account",
        error_messages={"unique": "This person already has a membership: open it from the list to change it."},
        help_text="The member's account.",
    )
    status = models.CharField(
        max_length=16,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text="Only active memberships open the learning modules.",
    )
    start = models.DateField(default=timezone.localdate, help_text="The first day of access.")
    end = models.DateField(
        null=True, blank=True, help_text="The last day of access. Leave empty for access with no end date."
    )
    source = models.CharField(
        max_length=16,
        choices=Source.choices,
        default=Source.STAFF,
        help_text="How this family got access.",
    )
    access_code = models.ForeignKey(
        "learning.AccessCode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
        help_text="The sponsored code this membership came from, if any.",
    )
    notes = models.TextField(blank=True, help_text="Private notes for staff. Members never see these.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start", "-pk"]

    def __str__(self):
        return f"{self.member_name()} <{self.member_email()}> ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        if self.status == self.Status.ACTIVE and self.end and self.end < timezone.localdate():
            self.status = self.Status.EXPIRED
        super().save(*args, **kwargs)
        self.sync_group()

    def member_name(self):
        """The member as people know them: their full name, or their email address if they gave no name."""
        return self.user.get_full_name() or self.user.email or self.user.get_username()

    member_name.short_description = "Name"

    def member_email(self):
        return self.user.email

    member_email.short_description = "Email"

    def status_label(self):
        return self.get_status_display()

    def source_label(self):
        return self.get_source_display()

    def code(self):
        return self.access_code.code if self.access_code else ""

    @property
    def is_current(self):
        today = timezone.localdate()
        return self.status == self.Status.ACTIVE and self.start <= today and (self.end is None or self.end >= today)

    def sync_group(self):
        """Keep the Members group equal to the set of accounts with a current membership."""
        group, _ = Group.objects.get_or_create(name=MEMBERS_GROUP)
        if self.is_current:
            self.user.groups.add(group)
        else:
            self.user.groups.remove(group)
