from django.db import models


class SampleRequest(models.Model):
    """Someone who asked for the free sample module by email. One row per email address.

    A later request for the same address never changes what the first one stored (name, relationship, consent):
    anyone can type anyone's address. Rows without news consent are deleted after RETENTION_DAYS.
    """

    class Relationship(models.TextChoices):
        PARENT = "parent", "Parent"
        PARTNER = "partner", "Partner or spouse"
        CHILD = "child", "Son or daughter"
        SIBLING = "sibling", "Brother or sister"
        FRIEND = "friend", "Friend"
        OTHER = "other", "Other"

    first_name = models.CharField(max_length=80, help_text="The name they gave us.")
    email = models.EmailField(
        unique=True,
        error_messages={"unique": "Someone with this email address has already asked for the free sample."},
        help_text="Where the sample link was sent.",
    )
    relationship = models.CharField(
        max_length=16,
        choices=Relationship.choices,
        blank=True,
        help_text="Their relationship to the person they worry about, if they told us.",
    )
    news_consent = models.BooleanField(
        default=False,
        help_text="They ticked the optional box to receive occasional news. Unticked again when they unsubscribe.",
    )
    created_at = models.DateTimeField(auto_now_add=True, help_text="When they first asked.")
    last_sent_at = models.DateTimeField(null=True, blank=True, help_text="When the link was last emailed.")
    send_count = models.PositiveSmallIntegerField(default=0, help_text="How many times the link was emailed.")
    last_error = models.CharField(
        max_length=255, blank=True, help_text="Why the last email could not be sent, if it failed."
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.first_name} <{self.email}>"

    def relationship_label(self):
        return self.get_relationship_display()

    def news_label(self):
        return "Yes" if self.news_consent else "No"

    news_label.short_description = "Wants news"
