"""Settings editors manage once per site: the crisis bar, the footer and the membership call-to-action."""

from django.db import models

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField


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


@register_setting(icon="warning")
class CrisisSupportSettings(BaseSiteSetting):
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
        default="https://www.weather.gov/",
        help_text='Where the "Quick exit" button takes a reader who needs to leave the site fast. '
        "Choose an ordinary, neutral website.",
    )

    panels = [FieldPanel("message"), FieldPanel("help_lines"), FieldPanel("quick_exit_url")]

    class Meta:
        verbose_name = "crisis support"


@register_setting(icon="site")
class SiteChromeSettings(BaseSiteSetting):
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

    class Meta:
        verbose_name = "site footer and membership"
