from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from .base_page import BasePage


class HomePage(BasePage):
    """The front door: who the site is for, where to find help, and the way into membership."""

    hero_heading = models.CharField(
        max_length=120,
        help_text="The big welcome line at the top of the home page. Keep it short and warm.",
    )
    hero_text = models.TextField(
        max_length=400,
        blank=True,
        help_text="One or two sentences under the welcome line, saying who the site is for.",
    )
    introduction = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text="A few short paragraphs introducing the site, shown below the welcome area.",
    )
    featured_heading = models.CharField(
        max_length=80,
        default="Start reading",
        help_text="Heading above the list of the newest articles on the home page.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading="Welcome area"),
        FieldPanel("introduction"),
        FieldPanel("featured_heading"),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = "home page"

    def get_meta_description(self):
        return self.search_description or self.hero_text
