from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock

from .base_page import BasePage


class StandardPage(BasePage):
    """An ordinary page such as "Get help now" or "About us"."""

    introduction = models.TextField(
        max_length=400,
        blank=True,
        help_text="One or two sentences under the title. Also used in search results and when shared.",
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        default=[("paragraph", "")],  # a new page opens on a paragraph, ready for typing
        help_text="The page's content.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction", boost=2), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = "standard page"

    def get_meta_description(self):
        return self.search_description or self.introduction
