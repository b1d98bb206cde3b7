"""The abstract page every public page type builds on, composed of small mixins."""

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


class SocialFields(models.Model):
    """What a shared link shows on social media, when it should differ from the page itself."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Picture shown when someone shares this page on social media. "
        "Leave empty to use the page's main picture.",
    )
    social_text = models.CharField(
        max_length=255,
        blank=True,
        help_text="One or two sentences shown under the title when this page is shared. "
        "Leave empty to use the search description.",
    )

    promote_panels = [MultiFieldPanel([FieldPanel("social_image"), FieldPanel("social_text")], heading="Social media")]

    class Meta:
        abstract = True


class BasePage(SocialFields, Page):
    """Shared ground for all of the site's page types. Not creatable on its own."""

    promote_panels = Page.promote_panels + SocialFields.promote_panels

    class Meta:
        abstract = True

    def get_meta_description(self):
        """Text for the meta description tag. Subclasses return public text only."""
        return self.search_description

    def get_social_text(self):
        return self.social_text or self.get_meta_description()

    def get_social_image(self):
        return self.social_image
