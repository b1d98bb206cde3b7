"""What every page shows around its content, edited once per site: the crisis bar, the footer and the membership
call-to-action.

Editors change them like any other content: a change is saved as a draft, previewed, then published, and each
version stays in the history (Wagtail's draft, revision and preview mixins; the admin screens are snippets,
`home/wagtail_hooks.py`, one per site). Readers always see the published version: the database row of a live
object holds it, and these bars are never taken off the site (`unpublish` keeps them live).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Page, PreviewableMixin, Revision, RevisionMixin


class FooterLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(help_text="The page to link to, e.g. About us or Privacy.")
    label = blocks.CharBlock(
        max_length=40, required=False, help_text="Words of the link. Leave empty to use the page's title."
    )

    class Meta:
        icon = "link"
        label = "Footer link"


class PlanBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=60, help_text="Name of the plan, e.g. 'Family membership'.")
    price = blocks.CharBlock(max_length=60, help_text="The price as families should read it, e.g. '$15 a month'.")
    description = blocks.TextBlock(
        max_length=300, required=False, help_text="One or two sentences on what the plan includes."
    )
    link = blocks.URLBlock(help_text="The organization's payment or sign-up page for this plan.")
    link_text = blocks.CharBlock(max_length=40, default="Choose this plan", help_text="Words on the plan's button.")

    class Meta:
        icon = "tag"
        label = "Plan"


class HelpLineBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=60, help_text='Short name readers recognise, e.g. "988 Lifeline".')
    phone = blocks.CharBlock(
        max_length=30, help_text='The number as readers should dial it, e.g. "988" or "1-800-662-4357".'
    )
    can_text = blocks.BooleanBlock(
        required=False, help_text="Tick if people can also send a text message to this number."
    )
    description = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text='Optional few words on who answers, e.g. "free, confidential, 24/7".',
    )

    class Meta:
        icon = "mobile-alt"
        label = "Help line"


class AlwaysLiveMixin(DraftStateMixin, RevisionMixin, PreviewableMixin):
    """Drafts, history and preview for a bar every page shows; publishing replaces it, nothing removes it."""

    preview_template = "home/site_chrome_preview.html"

    class Meta:
        abstract = True

    def unpublish(self, *args, **kwargs):
        """Never take the bar off the site (an expiry date or an unpublish request only clears the expiry)."""
        if self.expire_at:
            self.expire_at = None
            self.save(update_fields=["expire_at"])

    def get_preview_template(self, request, mode_name, **kwargs):
        return self.preview_template


class CrisisSupportSettings(AlwaysLiveMixin, BaseSiteSetting):
    """The crisis bar shown at the top of every page."""

    message = models.CharField(
        max_length=160,
        default="In crisis or worried about someone's safety right now?",
        help_text="The sentence at the start of the crisis bar on every page.",
    )
    help_lines = StreamField(
        [("line", HelpLineBlock())],
        blank=True,
        default=[
            (
                "line",
                {
                    "label": "988 Suicide & Crisis Lifeline",
                    "phone": "988",
                    "can_text": True,
                    "description": "free, confidential, 24/7",
                },
            ),
            (
                "line",
                {
                    "label": "SAMHSA National Helpline",
                    "phone": "1-800-662-4357",
                    "can_text": False,
                    "description": "treatment referral, 24/7",
                },
            ),
        ],
        help_text="Phone numbers shown in the crisis bar, in this order. Keep it to two or three.",
    )
    quick_exit_url = models.URLField(
        "quick exit address",
        default="https://www.weather.gov/",
        help_text='Where the "Quick exit" button takes a reader who needs to leave the site fast. '
        "Choose an ordinary, neutral website.",
    )

    more_help_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="“More ways to get help” page",
        help_text="The page the crisis bar's “More ways to get help” link opens, usually the Help page. "
        "Leave empty to hide the link.",
    )
    _revisions = GenericRelation(Revision, related_query_name="crisis_support")

    panels = [
        FieldPanel("message"),
        FieldPanel("help_lines"),
        PageChooserPanel("more_help_page"),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = "crisis bar"
        verbose_name_plural = "crisis bar"

    def __str__(self):
        return f"Crisis bar of {self.site.site_name or self.site.hostname}"

    @property
    def revisions(self):
        return self._revisions

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "crisis_support": self}


class SiteChromeSettings(AlwaysLiveMixin, BaseSiteSetting):
    """The footer and the membership call-to-action shared by all pages."""

    membership_heading = models.CharField(
        max_length=80,
        default="Learn CRAFT at your own pace",
        help_text="Heading of the box inviting readers to become members.",
    )
    membership_text = models.TextField(
        max_length=400,
        default=(
            "Our members get short video lessons, an eBook and practical exercises for families. Try one module free."
        ),
        help_text="A sentence or two under the membership heading.",
    )
    footer_text = models.TextField(
        max_length=500,
        blank=True,
        default=(
            "Steady Ground offers education and support for families. "
            "It is not a substitute for medical advice or emergency care."
        ),
        help_text="Short text at the bottom of every page, such as a disclaimer.",
    )

    plans = StreamField(
        [("plan", PlanBlock())],
        blank=True,
        help_text="Membership plans shown on the join page, with a link to where families pay. "
        "Leave empty to show none.",
    )
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        help_text="Links at the bottom of every page: About, Contact, Privacy, Terms, Accessibility and the like.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("membership_heading"), FieldPanel("membership_text"), FieldPanel("plans")],
            heading="Membership",
        ),
        FieldPanel("footer_text"),
        FieldPanel("footer_links"),
    ]
    _revisions = GenericRelation(Revision, related_query_name="site_chrome")

    class Meta:
        verbose_name = "footer and membership box"
        verbose_name_plural = "footer and membership box"

    def __str__(self):
        return f"Footer and membership box of {self.site.site_name or self.site.hostname}"

    @property
    def revisions(self):
        return self._revisions

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "site_chrome": self}
