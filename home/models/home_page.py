from django.db import models
from django.utils.cache import patch_cache_control

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from home.cards import cards
from home.fields import optional_page

from .base_page import BasePage

START_HERE_COUNT = 3


class HomePage(BasePage):
    """The front door, for three readers: a parent in crisis (help now), a newcomer (start here: three chosen
    posts and the free module) and a returning reader (the newest posts, the podcast, a member's next step).

    The newest posts, the podcast episode, the module list and the member's next step come from the blog and
    learning apps' template tags (templates/home/home_page.html); home stores only what editors choose, as pages.
    """

    hero_heading = models.CharField(
        max_length=120,
        help_text="The big welcome line at the top of the home page. Keep it short and warm.",
    )
    hero_text = models.TextField(
        max_length=400,
        blank=True,
        help_text="One or two sentences under the welcome line, saying who the site is for.",
    )
    help_now_heading = models.CharField(
        max_length=80,
        default="Worried about someone's safety right now?",
        help_text="Heading of the 'help now' box, first on the page. The phone numbers come from the crisis "
        "support settings.",
    )
    help_now_text = models.TextField(
        max_length=300,
        blank=True,
        default="If someone may be in danger, call 911. For support any time of day or night, call or text 988.",
        help_text="One or two sentences in the 'help now' box: what to do first.",
    )
    help_now_page = optional_page("The page with more help (e.g. 'Get help now'), linked from the 'help now' box.")
    start_heading = models.CharField(
        max_length=80,
        default="New here? Start with these",
        help_text="Heading above the posts you choose for people visiting for the first time.",
    )
    start_text = models.TextField(
        max_length=300,
        blank=True,
        help_text="A sentence of welcome for first-time visitors, shown above the chosen posts.",
    )
    free_module = optional_page("The free learning module to offer newcomers (the one anyone can unlock by email).")
    introduction = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text="A few short paragraphs introducing the site, shown below the 'start here' posts.",
    )
    featured_heading = models.CharField(
        max_length=80,
        default="Latest posts",
        help_text="Heading above the list of the newest articles on the home page.",
    )
    podcast_heading = models.CharField(
        max_length=80,
        default="From the podcast",
        help_text="Heading above the newest podcast episode. Nothing shows while there is no episode.",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading="Welcome area"),
        MultiFieldPanel(
            [FieldPanel("help_now_heading"), FieldPanel("help_now_text"), PageChooserPanel("help_now_page")],
            heading="Help now (for someone in crisis)",
        ),
        MultiFieldPanel(
            [
                FieldPanel("start_heading"),
                FieldPanel("start_text"),
                InlinePanel(
                    "start_here_links",
                    label="Post to start with",
                    min_num=0,
                    max_num=START_HERE_COUNT,
                    help_text=f"Choose up to {START_HERE_COUNT} posts (or pages) a newcomer should read first.",
                ),
                PageChooserPanel("free_module"),
            ],
            heading="Start here (for a newcomer)",
        ),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("featured_heading"), FieldPanel("podcast_heading")],
            heading="For returning readers",
            help_text="The newest posts and podcast episode appear by themselves; members also see their next "
            "learning step.",
        ),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = "home page"

    def get_meta_description(self):
        return self.search_description or self.hero_text

    def start_here(self):
        """(chosen pages, free module) that readers may see, in the editor's order, ready for their cards: fetched
        together, one query per page type."""
        links = self.start_here_links.select_related("page").order_by("sort_order")
        chosen = [link.page for link in links][:START_HERE_COUNT]
        free_module = Page.objects.filter(pk=self.free_module_id).first() if self.free_module_id else None
        found = cards([*chosen, free_module] if free_module else chosen)
        module_card = found.pop() if free_module and found and found[-1].pk == free_module.pk else None
        return found, module_card

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["start_here"], context["free_module_card"] = self.start_here()
        return context

    def serve(self, request, *args, **kwargs):
        """Public and cacheable for anonymous readers; private for anyone logged in, whose page differs (a
        member's next step, no "Become a member")."""
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response


class HomeStartHereLink(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="start_here_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A post or page for newcomers. Drafts and private pages are not shown.",
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = "post to start with"
