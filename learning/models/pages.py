"""Learning pages. A module has public fields (shown to everyone) and locked fields (shown only when
`learning.access` allows). Only public fields are indexed for search, used in meta tags or feeds.

The pages ask `learning.access`, which reads the records below them and never imports this module."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.cache import add_never_cache_headers, patch_cache_control

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.fields import optional_document, optional_image
from home.models import BasePage
from home.renditions import renditions_of
from home.tree import children_below
from home.visibility import visible_to_readers
from learning import access
from learning.blocks import ModuleStreamBlock
from learning.models.progress import ExerciseAnswer, ModuleProgress
from learning.module_actions import ModuleActionsMixin

RESERVED_SLUGS = {"sample", "my", "answers"}


class LearningIndexPage(BasePage):
    """The list of learning modules, in order."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A short introduction to the learning programme, shown above the modules.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["learning.LearningModulePage"]

    class Meta:
        verbose_name = "learning index page"

    def modules(self):
        """The modules of this programme that readers may see (live, unexpired, not view-restricted), in order,
        without their locked body. Used by the index, My learning, the home page and previous/next links."""
        return (
            visible_to_readers(children_below(LearningModulePage.objects.all(), self))
            .defer_streamfields()
            .select_related("teaser_image")
            .order_by("number", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = list(self.modules().prefetch_related(renditions_of("teaser_image", "module_card")))
        context["modules"] = modules
        context["is_member"] = access.is_active_member(request.user)
        if context["is_member"]:
            progress = ModuleProgress.for_user(request.user, modules)
            context["progress"] = progress
            context["completed_ids"] = {p.module_id for p in progress.values() if p.completed_at}
            context["continue_module"], context["continue_section"] = ModuleProgress.continue_point(
                request.user, modules, progress
            )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response


class LearningModulePage(ModuleActionsMixin, BasePage):
    """One numbered module: a public teaser for everyone, the full lesson for members."""

    number = models.PositiveSmallIntegerField(
        help_text="The module's place in the programme (1, 2, 3 …). Modules are listed in this order."
    )
    summary = models.TextField(
        max_length=500,
        help_text="PUBLIC. Two or three sentences about the module. Everyone sees this, "
        "and it is used in search results and when the page is shared.",
    )
    what_you_will_learn = models.TextField(
        blank=True,
        help_text="PUBLIC. What a family will be able to do after this module, one point per line.",
    )
    duration_minutes = models.PositiveSmallIntegerField(
        default=15, help_text="PUBLIC. About how many minutes the module takes, video included."
    )
    teaser_image = optional_image("PUBLIC. A picture shown to everyone on the module list and the module page.")
    teaser = RichTextField(
        features=["bold", "italic"],
        blank=True,
        help_text="PUBLIC. A short taste of the module shown to people who are not members yet.",
    )
    video_url = models.URLField(
        blank=True,
        help_text="LOCKED. Address of the module's video (e.g. on Vimeo or YouTube, unlisted). Only members see it.",
    )
    video_file = optional_document(
        "LOCKED. Or upload the video itself (MP4 or WebM) to the 'Member eBooks' collection and choose it "
        "here. Used when no video address is given."
    )
    video_transcript = RichTextField(
        features=["bold", "italic", "ul", "ol"],
        blank=True,
        help_text="LOCKED. The words of the video, for members who prefer to read.",
    )
    ebook = optional_document("LOCKED. The module's eBook chapter (PDF). Upload it to the 'Member eBooks' collection.")
    body = StreamField(
        ModuleStreamBlock(),
        blank=True,
        default=[("paragraph", "")],  # a new module opens on a paragraph, ready for typing
        help_text="LOCKED. The lesson itself: text, pictures and exercises. Only members see it.",
    )
    is_free_sample = models.BooleanField(
        "free sample module",
        default=False,
        help_text="Tick for the one module anyone can unlock by asking for the free sample by email.",
    )

    public_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("duration_minutes")]),
        FieldPanel("summary"),
        FieldPanel("what_you_will_learn"),
        FieldPanel("teaser_image"),
        FieldPanel("teaser"),
        FieldPanel("is_free_sample"),
    ]
    locked_panels = [
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_file"), FieldPanel("video_transcript")], heading="Video"
        ),
        FieldPanel("ebook"),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(public_panels, heading="Public teaser"),
            ObjectList(locked_panels, heading="Members only"),
            ObjectList(BasePage.promote_panels, heading="Promote"),
            ObjectList(BasePage.settings_panels, heading="Settings"),
        ]
    )

    # Public fields only: locked text must never be findable by people without access.
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("what_you_will_learn"),
        index.SearchField("teaser"),
        index.FilterField("number"),
    ]

    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "learning module"
        ordering = ["number"]

    def __str__(self):
        return f"Module {self.number}: {self.title}"

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": f"The web address '{self.slug}' is used by the site. Choose another."})

    @property
    def learning_points(self):
        return [line.strip() for line in self.what_you_will_learn.splitlines() if line.strip()]

    def get_meta_description(self):
        return self.search_description or self.summary

    def get_social_image(self):
        return self.social_image or self.teaser_image

    def sitemap_image_ids(self):
        return []  # a module's pictures may be locked (learning.access); the sitemap names none of them

    def siblings(self):
        return self.get_parent().specific.modules()

    # How chosen pages show as cards (home/cards.py: the home page's free module). Public fields only.
    card_template = "learning/includes/module_card.html"

    @classmethod
    def card_queryset(cls):
        return visible_to_readers(cls.objects.all()).defer_streamfields().select_related("teaser_image")

    def card_context(self):
        return {"module": self}

    # How site search lists modules. Locked words are searched apart, through `learning.access`.
    @classmethod
    def search_candidates(cls):
        """The modules any reader may find by their public fields, without their locked body."""
        return visible_to_readers(cls.objects.all()).defer_streamfields()

    def search_result(self, request):
        """What a search result shows for this module: public fields only, whoever is searching."""
        return {
            "label": f"Learning module {self.number}",
            "title": self.title,
            "url": self.get_url(request),
            "summary": self.summary,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        can_view = access.can_view_locked(request, self)
        context["can_view_locked"] = can_view
        context["is_member"] = access.is_active_member(request.user)
        modules = list(self.siblings())
        position = next((i for i, module in enumerate(modules) if module.pk == self.pk), None)
        if position is not None:
            context["previous_module"] = modules[position - 1] if position > 0 else None
            context["next_module"] = modules[position + 1] if position + 1 < len(modules) else None
        if can_view and context["is_member"]:
            context["progress"] = ModuleProgress.objects.filter(user=request.user, module=self).first()
            context["answers"] = ExerciseAnswer.answers_by_block(request.user, self)
            context["answers_undoable"] = ExerciseAnswer.undoable(request.user, self)
            context["saved_block"] = request.GET.get("saved", "")
            context["needs_video"] = bool(self.video_file_id and not self.video_url)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if access.can_view_locked(request, self):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
            if access.is_active_member(request.user) and not getattr(request, "is_preview", False):
                ModuleProgress.record_visit(request.user, self)
        elif request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
