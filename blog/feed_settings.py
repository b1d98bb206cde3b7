"""Editors' settings for the blog's feeds: summaries or full text, and the podcast's details for podcast apps."""

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.fields import optional_image

# Apple Podcasts' categories that fit the site, as "Category|Subcategory".
PODCAST_CATEGORIES = [
    ("Health & Fitness|Mental Health", "Health & Fitness › Mental Health"),
    ("Health & Fitness|Medicine", "Health & Fitness › Medicine"),
    ("Kids & Family|Parenting", "Kids & Family › Parenting"),
    ("Society & Culture|Relationships", "Society & Culture › Relationships"),
    ("Education|Self-Improvement", "Education › Self-Improvement"),
]


@register_setting(icon="doc-full")
class BlogFeedSettings(BaseSiteSetting):
    full_text_feeds = models.BooleanField(
        default=False,
        help_text="Tick to put each post's whole text in the blog's feeds, so people can read it in their feed "
        "reader. Leave unticked to send only the summary with a link to the post.",
    )
    podcast_title = models.CharField(
        max_length=120, default="Steady Ground podcast", help_text="The podcast's name as podcast apps show it."
    )
    podcast_description = models.TextField(
        max_length=2000,
        default="Short conversations for families of people who drink too much or use drugs, with a written "
        "summary of every episode.",
        help_text="A few sentences describing the podcast, shown in podcast apps.",
    )
    podcast_author = models.CharField(
        max_length=120, default="Steady Ground", help_text="Who makes the podcast, as podcast apps show it."
    )
    podcast_owner_name = models.CharField(
        max_length=120, default="Steady Ground", help_text="The person or team responsible for the podcast."
    )
    podcast_owner_email = models.EmailField(
        default="podcast@example.org",
        help_text="Podcast directories (e.g. Apple Podcasts) write to this address about the show. It is visible "
        "in the podcast feed, so use a team address, not a personal one.",
    )
    podcast_image = optional_image(
        "The podcast's cover: a square picture, at least 1400 by 1400 pixels. Podcast apps show it beside every "
        "episode. Without one, the site's logo is used."
    )
    podcast_category = models.CharField(
        max_length=80,
        choices=PODCAST_CATEGORIES,
        default=PODCAST_CATEGORIES[0][0],
        help_text="Where podcast directories list the show.",
    )
    podcast_explicit = models.BooleanField(
        default=False, help_text="Tick only if episodes contain explicit language or content."
    )

    panels = [
        FieldPanel("full_text_feeds"),
        MultiFieldPanel(
            [
                FieldPanel("podcast_title"),
                FieldPanel("podcast_description"),
                FieldPanel("podcast_author"),
                FieldPanel("podcast_owner_name"),
                FieldPanel("podcast_owner_email"),
                FieldPanel("podcast_image"),
                FieldPanel("podcast_category"),
                FieldPanel("podcast_explicit"),
            ],
            heading="Podcast",
        ),
    ]

    class Meta:
        verbose_name = "feeds and podcast"
