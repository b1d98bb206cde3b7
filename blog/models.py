import math

from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import BasePage

LISTING_IMAGE_SPEC = "fill-640x360"
WORDS_PER_MINUTE = 200


class BlogCategory(models.Model):
    """One of a short, fixed list of subjects, such as "CRAFT" or "Family Stories"."""

    name = models.CharField(
        max_length=80, unique=True, help_text="The category name readers see, e.g. 'Family Stories'."
    )
    slug = models.SlugField(
        max_length=80, unique=True, help_text="Short name used in the web address, e.g. 'family-stories'."
    )
    description = models.TextField(
        blank=True, help_text="One or two sentences shown at the top of this category's page. Optional."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = "blog category"
        verbose_name_plural = "blog categories"

    def __str__(self):
        return self.name


class BlogPostTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPostPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPostAuthor(Orderable):
    """Links a post to one of its authors, in the order they are credited."""

    page = ParentalKey("blog.BlogPostPage", on_delete=models.CASCADE, related_name="author_links")
    author = models.ForeignKey(
        "authors.Author",
        on_delete=models.CASCADE,
        related_name="post_links",
        help_text="Choose an author. Type part of their name to find them.",
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "author")]


class BlogIndexPage(RoutablePageMixin, BasePage):
    """The blog's front page and its archives (category, tag, author) and feeds."""

    intro = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A short welcome shown above the list of posts.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    posts_per_page = 12

    class Meta:
        verbose_name = "blog index page"

    def posts(self):
        """Live, public, unexpired posts of this blog, newest first, ready for listing cards."""
        now = timezone.now()
        return (
            BlogPostPage.objects.live()
            .public()
            .child_of(self)
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
            .defer_streamfields()
            .select_related("featured_image")
            .prefetch_related(
                "categories",
                "tags",
                models.Prefetch("author_links", queryset=BlogPostAuthor.objects.select_related("author")),
                models.Prefetch(
                    "featured_image",
                    queryset=get_image_model().objects.prefetch_renditions(LISTING_IMAGE_SPEC),
                ),
            )
            .order_by("-date", "-pk")
        )


class BlogPostPage(BasePage):
    """A blog post: a story, an idea or an answer for families."""

    date = models.DateField(
        default=timezone.localdate,
        help_text="The publication date readers see. Posts are listed newest first by this date.",
    )
    updated = models.DateField(
        null=True,
        blank=True,
        help_text="Fill in only after a real change to the post; readers see 'Updated' with this date.",
    )
    intro = models.TextField(
        max_length=400,
        help_text="A summary of one or two sentences. Shown in listings, in search engines and in the feed.",
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The main picture at the top of the post and on its listing card.",
    )
    featured_image_alt = models.CharField(
        max_length=250,
        blank=True,
        help_text="Describe the picture for people who cannot see it. Leave empty only if it is purely decorative.",
    )
    featured_image_caption = models.CharField(
        max_length=250, blank=True, help_text="Optional text shown under the main picture."
    )
    featured_image_credit = models.CharField(
        max_length=120,
        blank=True,
        help_text="Who took or owns the picture, e.g. '© Jo Smith via a stock library'.",
    )
    body = StreamField(BaseStreamBlock(), help_text="The post itself: text, headings, pictures, quotes and more.")
    categories = ParentalManyToManyField(
        BlogCategory,
        blank=True,
        related_name="posts",
        help_text="Tick every category this post belongs to.",
    )
    tags = ClusterTaggableManager(
        through=BlogPostTag,
        blank=True,
        help_text="Words readers might look for, e.g. 'boundaries', 'relapse'. Press Enter or comma after each.",
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("updated")], heading="Dates"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("featured_image"),
                FieldPanel("featured_image_alt"),
                FieldPanel("featured_image_caption"),
                FieldPanel("featured_image_credit"),
            ],
            heading="Main picture",
        ),
        FieldPanel("body"),
        MultipleChooserPanel("author_links", chooser_field_name="author", heading="Authors", label="Author", min_num=1),
        MultiFieldPanel(
            [FieldPanel("categories", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading="Categories and tags",
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("author_links", [index.RelatedFields("author", [index.SearchField("name")])]),
        index.FilterField("date"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "blog post"

    def get_meta_description(self):
        return self.search_description or self.intro

    def get_social_image(self):
        return self.social_image or self.featured_image

    @property
    def authors(self):
        return [link.author for link in self.author_links.all()]

    @property
    def reading_minutes(self):
        words = sum(
            len(str(text).split()) for block in self.body for text in block.block.get_searchable_content(block.value)
        )
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def related_posts(self, limit=3):
        """Up to `limit` other posts sharing tags or categories with this one, newest first."""
        index_page = self.get_parent().specific
        tag_ids = list(self.tags.values_list("pk", flat=True))
        category_ids = list(self.categories.values_list("pk", flat=True))
        if not tag_ids and not category_ids:
            return index_page.posts().none()
        shared = Q(tags__in=tag_ids) | Q(categories__in=category_ids)
        return (
            index_page.posts()
            .exclude(pk=self.pk)
            .filter(pk__in=BlogPostPage.objects.filter(shared).values("pk"))[:limit]
        )
