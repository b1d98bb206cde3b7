"""The abstract page every public page type builds on, composed of small mixins."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import lazy

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PublishingPanel
from wagtail.models import Page

from home.fields import optional_image
from home.page_form import PageForm

# Editors preview a page the way most readers see it (a phone) and on a computer. The computer preview is a small
# laptop's width: the side panel scales it down to fit, and a wider page would be too small to read there.
PREVIEW_SIZES = [
    {"name": "phone", "icon": "mobile-alt", "device_width": 390, "label": "Preview as on a phone"},
    {"name": "desktop", "icon": "desktop", "device_width": 1024, "label": "Preview as on a computer"},
]


class SocialFields(models.Model):
    """What a shared link shows on social media, when it should differ from the page itself."""

    social_image = optional_image(
        "Picture shown when someone shares this page on social media. Leave empty to use the page's main picture."
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


def _time_zone_help():
    """Which time zone the admin's date fields use: the editor's own (account settings) or the site's."""
    zone, site_zone = timezone.get_current_timezone_name(), settings.TIME_ZONE
    if zone == site_zone:
        return f"Times are in the site's time zone, {site_zone}."
    return f"Times are in your own time zone, {zone} (see your account settings). The site's time zone is {site_zone}."


def _go_live_help():
    return (
        "Leave empty to publish as soon as you press Publish. With a date, the page goes live by itself "
        f"within a minute of that time. {_time_zone_help()}"
    )


def _expiry_help():
    return (
        "Leave empty to keep the page up. With a date, the page is taken off the site by itself "
        f"within a minute of that time. {_time_zone_help()}"
    )


class SchedulePanel(PublishingPanel):
    """Wagtail's go-live and expiry dates, with help that names the time zone they are in."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if "children" not in kwargs:  # built for the first time, not cloned by Wagtail
            go_live, expiry = self.children
            # Lazy: worked out when the form is shown, in the time zone the admin uses for that editor.
            go_live.help_text = lazy(_go_live_help, str)()
            expiry.help_text = lazy(_expiry_help, str)()


# Wagtail's "For search engines" panel in people's words. Its "Show in menus" box is left out: the site's menus
# are fixed (templates/components/site_nav.html), so the box would do nothing.
SEARCH_ENGINE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel(
                "slug",
                heading="Web address",
                help_text="The last part of this page's address, e.g. 'what-to-say' in /blog/what-to-say/. "
                "Made from the title; change it only before the page is first published.",
            ),
            FieldPanel(
                "seo_title",
                heading="Title in search results",
                help_text="Optional. The headline search engines show; leave empty to use the title.",
            ),
            FieldPanel(
                "search_description",
                heading="Description in search results",
                help_text="One or two sentences search engines may show under the headline.",
            ),
        ],
        heading="For search engines",
    )
]


class BasePage(SocialFields, Page):
    """Shared ground for all of the site's page types. Not creatable on its own."""

    promote_panels = SEARCH_ENGINE_PANELS + SocialFields.promote_panels
    # Wagtail's settings panels are the publishing schedule, then comments; only the first is replaced.
    settings_panels = [SchedulePanel(), *Page.settings_panels[1:]]
    base_form_class = PageForm  # no "Set schedule" for people who may not publish

    class Meta:
        abstract = True

    @property
    def preview_sizes(self):
        return PREVIEW_SIZES

    @property
    def default_preview_size(self):
        return "phone"

    def get_meta_description(self):
        """Text for the meta description tag. Subclasses return public text only."""
        return self.search_description

    def get_social_text(self):
        return self.social_text or self.get_meta_description()

    def get_social_image(self):
        return self.social_image

    # The sitemap (home/sitemaps.py): one entry per page, dated when its content last changed, with its pictures.
    def sitemap_lastmod(self):
        return self.last_published_at

    def sitemap_image_ids(self):
        """Ids of the public pictures this page shows (the sitemap fetches them for all pages at once)."""
        return [self.social_image_id]

    def get_sitemap_urls(self, request=None):
        return [
            {
                "location": self.get_full_url(request),
                "lastmod": self.sitemap_lastmod(),
                "image_ids": self.sitemap_image_ids(),
            }
        ]
