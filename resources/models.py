"""A help resource: a treatment centre, helpline or support group that families can call, text or visit."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from .admin_form import ResourceAdminForm
from .phone import validate_phone
from .regions import NATIONAL, REGION_CHOICES

# After this long without a check, readers are told the details may be out of date.
VERIFY_EVERY = datetime.timedelta(days=183)


class Kind(models.TextChoices):
    TREATMENT = "treatment", "Treatment centre"
    DETOX = "detox", "Detox"
    HELPLINE = "helpline", "Helpline"
    PEER_SUPPORT = "peer_support", "Peer support"
    HARM_REDUCTION = "harm_reduction", "Harm reduction"
    FAMILY_SUPPORT = "family_support", "Family support"
    COUNSELLING = "counselling", "Counselling"


def stale_before(today=None):
    """Resources last checked before this date count as not recently verified."""
    return (today or timezone.localdate()) - VERIFY_EVERY


class ResourceQuerySet(models.QuerySet):
    def not_recently_verified(self):
        return self.filter(models.Q(last_verified__isnull=True) | models.Q(last_verified__lt=stale_before()))

    def for_directory(self):
        """What the public directory lists: everything, national lines first, then by name."""
        return self.order_by(models.Case(models.When(region=NATIONAL, then=0), default=1), "region", "name", "pk")


class Resource(index.Indexed, models.Model):
    name = models.CharField(
        max_length=120, help_text='The name people will recognise, e.g. "SAMHSA National Helpline".'
    )
    kind = models.CharField(
        max_length=20, choices=Kind.choices, help_text="What sort of help this is. Readers can filter by it."
    )
    phone = models.CharField(
        max_length=30,
        blank=True,
        validators=[validate_phone],
        help_text='The number to call, written as people should dial it, e.g. "1-800-662-4357" or "988".',
    )
    text_number = models.CharField(
        max_length=30,
        blank=True,
        validators=[validate_phone],
        help_text="The number people can send a text message to, if they can. Leave empty if texting is not possible.",
    )
    website = models.URLField(blank=True, help_text="The service's own web page, starting with https://.")
    address = models.TextField(
        max_length=300,
        blank=True,
        help_text="Street address, if people can visit in person. Leave empty for phone lines.",
    )
    region = models.CharField(
        max_length=10,
        choices=REGION_CHOICES,
        default=NATIONAL,
        help_text='The state this service is for, or "Whole country" if anyone in the country can use it.',
    )
    area = models.CharField(
        max_length=80,
        blank=True,
        help_text='Optional: the city or county it serves, e.g. "Cleveland and Cuyahoga County".',
    )
    hours = models.CharField(
        max_length=120, blank=True, help_text='When it is open or answers, e.g. "24 hours, every day" or "Mon–Fri 9–5".'
    )
    languages = models.CharField(
        max_length=120, blank=True, help_text='Languages spoken, e.g. "English, Spanish". Leave empty if only English.'
    )
    cost_notes = models.CharField(
        max_length=160,
        blank=True,
        help_text='What it costs, e.g. "Free", "Most insurance accepted" or "Sliding scale by income".',
    )
    description = models.TextField(
        max_length=300,
        blank=True,
        help_text="One or two plain sentences on who it helps and what happens when you call or visit.",
    )
    last_verified = models.DateField(
        null=True,
        blank=True,
        help_text="The day someone last checked these details (by calling or on their website). "
        "After six months without a check, readers are told the details may be out of date.",
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Filled in for you: the person who last changed the checked date.",
    )
    is_demo = models.BooleanField(
        default=False,
        help_text="Tick only for made-up example entries. Readers see them marked as demo entries, not real services.",
    )

    objects = ResourceQuerySet.as_manager()
    base_form_class = ResourceAdminForm

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("text_number")]), FieldPanel("website")],
            heading="How to reach them",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("region"), FieldPanel("area")]), FieldPanel("address")],
            heading="Where",
        ),
        MultiFieldPanel(
            [FieldPanel("hours"), FieldPanel("languages"), FieldPanel("cost_notes")], heading="Hours, languages, cost"
        ),
        MultiFieldPanel(
            [FieldPanel("last_verified"), FieldPanel("verified_by", read_only=True)], heading="Checking the details"
        ),
        FieldPanel("is_demo"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("area"),
        index.FilterField("kind"),
        index.FilterField("region"),
    ]

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "help resource"
        verbose_name_plural = "help resources"

    def __str__(self):
        return self.name

    @property
    def recently_verified(self):
        return self.last_verified is not None and self.last_verified >= stale_before()

    @property
    def place(self):
        """Where it serves, in words: "Ohio · Cleveland" or "Nationwide"."""
        if self.region == NATIONAL:
            return "Nationwide"
        return " · ".join(part for part in (self.get_region_display(), self.area) if part)
