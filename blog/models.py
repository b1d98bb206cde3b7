import hashlib
import math
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from authors.models import Author, Book
from home import content_generation
from home.fields import optional_document, optional_image
from home.models import BasePage
from home.pagination import paginate
from home.renditions import images_with_renditions
from home.sitemaps import sitemap_paths
from home.tree import children_below
from home.visibility import visible_to_readers

from .archives import date_archive_filter, date_archive_heading, month_links, sitemap_entries
from .blocks import PostStreamBlock
from .feed_settings import BlogFeedSettings
from .feeds import BlogAtomFeed, BlogRssFeed, PodcastFeed
from .recordings import recording_length

WORDS_PER_MINUTE = 200
TAG_LINKS = 20
# Sub-URLs of the blog index that a post's slug would be hidden behind (and any slug of digits only: a year).
RESERVED_POST_SLUGS = {"feed", "podcast", "category", "tag", "author"}


def post_slug_is_reserved(slug):
    """True for a slug the blog's own sub-URLs take: one of RESERVED_POST_SLUGS or digits only (a year archive)."""
    return slug in RESERVED_POST_SLUGS or slug.isdigit()


AUDIO_EXTENSIONS = {".mp3": "audio/mpeg", ".m4a": "audio/x-m4a"}


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


@dataclass(frozen=True)
class Archive:
    """The blog narrowed to one category or tag (an author's posts are on the author's own page)."""

    kind: str  # "category", "tag", "year" or "month": also the name of the archive's route
    item: object  # the BlogCategory or Tag, or the first day of the year or month
    heading: str
    description: str
    posts_filter: Q
    path: str  # the archive's address below the blog's, e.g. "tag/relapse/"
    feed_path: str  # its RSS feed's, below the blog's ("" for date archives, which have none)


class BlogIndexPage(RoutablePageMixin, BasePage):
    """The blog's front page, its archives (category, tag, year, month) and its feeds (posts and podcast)."""

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

    def get_meta_description(self):
        return self.search_description or Truncator(strip_tags(self.intro)).chars(160)

    def posts(self):
        """Live, public, unexpired posts of this blog, newest first, ready for listing cards."""
        return (
            visible_to_readers(children_below(BlogPostPage.objects.all(), self))
            .defer_streamfields()
            .prefetch_related(
                "categories",
                "tags",
                Prefetch("author_links", queryset=BlogPostAuthor.objects.select_related("author")),
                Prefetch("featured_image", queryset=images_with_renditions("card")),
            )
            .order_by("-date", "-pk")
        )

    def tags_in_use(self, posts):
        """Tags of the given (listed) posts, most used first: a draft's or private post's tags never show."""
        return (
            Tag.objects.filter(blog_blogposttag_items__content_object__in=posts.values("pk"))
            .annotate(post_count=Count("blog_blogposttag_items"))
            .order_by("-post_count", "name")
        )

    def get_context(self, request, *args, posts_filter=None, **kwargs):
        """One page of the blog's posts, narrowed by `posts_filter` on an archive."""
        context = super().get_context(request, *args, **kwargs)
        posts = self.posts()
        if posts_filter is not None:
            posts = posts.filter(posts_filter)
        # The index or one of its archives (a tag's slug may hold any character: the path is hashed for the key).
        count_name = f"blog-listing:{self.pk}:{hashlib.sha256(request.path.encode()).hexdigest()}"
        context["posts"] = paginate(posts, request.GET.get("page"), self.posts_per_page, count_name)
        return context

    def render_listing(self, request, archive=None):
        """The index or an archive, with the category and tag links readers filter by."""
        return self.render(
            request,
            posts_filter=archive.posts_filter if archive else None,
            context_overrides={"archive": archive, **self.listing_links()},
        )

    def listing_links(self):
        """Category, tag and month links: the same on every listing of this blog, so counted once per content
        generation (home/content_generation.py) rather than over the whole archive on each request."""

        def build():
            posts = self.posts()
            return {
                "categories": list(BlogCategory.objects.filter(posts__in=posts.values("pk")).distinct()),
                "tags": list(self.tags_in_use(posts)[:TAG_LINKS]),
                "months": month_links(self, posts),
            }

        return content_generation.fragment(f"blog-listing-links:{self.pk}", build)

    def date_archive(self, year, month=None):
        """The posts of one year or one month; 404 for a date out of range or a period without posts."""
        if not 1 <= year <= 9999 or (month is not None and not 1 <= month <= 12):
            raise Http404("No such date.")
        posts_filter = date_archive_filter(year, month)
        if not self.posts().filter(posts_filter).exists():
            raise Http404("No posts in this period.")
        heading, first_day = date_archive_heading(year, month)
        route, args = ("year", [year]) if month is None else ("month", [year, f"{month:02d}"])
        return Archive(
            kind=route,
            item=first_day,
            heading=heading,
            description=f"Everything we published in {heading.removeprefix('Posts from ')}.",
            posts_filter=posts_filter,
            path=self.reverse_subpage(route, args=args),
            feed_path="",
        )

    def get_sitemap_urls(self, request=None):
        """The blog itself and every archive that lists something: categories, tags, years and months."""
        return sitemap_entries(self, request)

    def get_cached_paths(self):
        """The blog's addresses a CDN may hold besides its archives (which the sitemap lists): the listing's later
        pages and the feeds. Wagtail's frontend cache purges them with the blog (home/frontend_purge.py)."""
        pages = math.ceil(self.posts().count() / self.posts_per_page)
        feeds = [self.reverse_subpage(name) for name in ("feed", "atom_feed", "podcast_feed")]
        return ["/", *(f"?page={number}" for number in range(2, pages + 1)), *feeds]

    def category_archive(self, slug):
        category = get_object_or_404(BlogCategory, slug=slug)
        return Archive(
            kind="category",
            item=category,
            heading=category.name,
            description=category.description or f"Posts about {category.name}.",
            posts_filter=Q(categories=category),
            path=self.reverse_subpage("category", args=[slug]),
            feed_path=self.reverse_subpage("category_feed", args=[slug]),
        )

    def tag_archive(self, slug):
        tag = get_object_or_404(self.tags_in_use(self.posts()), slug=slug)
        return Archive(
            kind="tag",
            item=tag,
            heading=f"Posts tagged “{tag.name}”",
            description=f"Posts about {tag.name}.",
            posts_filter=Q(tags=tag),
            path=self.reverse_subpage("tag", args=[slug]),
            feed_path=self.reverse_subpage("tag_feed", args=[slug]),
        )

    @path("", name="index")
    def index_route(self, request):
        return self.render_listing(request)

    @path("category/<slug:slug>/", name="category")
    def category_posts(self, request, slug):
        return self.render_listing(request, self.category_archive(slug))

    @path("tag/<slug:slug>/", name="tag")
    def tag_posts(self, request, slug):
        return self.render_listing(request, self.tag_archive(slug))

    @path("<int:year>/", name="year")
    def year_posts(self, request, year):
        return self.render_listing(request, self.date_archive(year))

    @path("<int:year>/<int:month>/", name="month")
    def month_posts(self, request, year, month):
        return self.render_listing(request, self.date_archive(year, month))

    @path("author/<slug:slug>/", name="author")
    def author_posts(self, request, slug):
        """The old address of an author's posts: they live on the author's page now (query string kept)."""
        author = get_object_or_404(Author, slug=slug)
        query = request.GET.urlencode()
        return HttpResponsePermanentRedirect(author.get_absolute_url() + (f"?{query}" if query else ""))

    @path("feed/", name="feed")
    def rss_feed(self, request):
        return BlogRssFeed(self, feed_settings=BlogFeedSettings.for_request(request))(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return BlogAtomFeed(self, feed_settings=BlogFeedSettings.for_request(request))(request)

    @path("podcast/feed/", name="podcast_feed")
    def podcast_feed(self, request):
        return PodcastFeed(self, BlogFeedSettings.for_request(request))(request)

    def episodes(self):
        """Podcast episodes readers may hear: listed posts with an audio file and a duration, newest first."""
        return (
            self.posts()
            .filter(episode_audio__isnull=False, episode_duration__isnull=False)
            .select_related("episode_audio")
        )

    @path("category/<slug:slug>/feed/", name="category_feed")
    def category_rss_feed(self, request, slug):
        return BlogRssFeed(self, self.category_archive(slug), BlogFeedSettings.for_request(request))(request)

    @path("category/<slug:slug>/feed/atom/", name="category_atom_feed")
    def category_atom_feed(self, request, slug):
        return BlogAtomFeed(self, self.category_archive(slug), BlogFeedSettings.for_request(request))(request)

    @path("tag/<slug:slug>/feed/", name="tag_feed")
    def tag_rss_feed(self, request, slug):
        return BlogRssFeed(self, self.tag_archive(slug), BlogFeedSettings.for_request(request))(request)

    @path("tag/<slug:slug>/feed/atom/", name="tag_atom_feed")
    def tag_atom_feed(self, request, slug):
        return BlogAtomFeed(self, self.tag_archive(slug), BlogFeedSettings.for_request(request))(request)


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
    featured_image = optional_image(
        "The main picture at the top of the post and on its listing card. Its photo credit is the one saved with "
        "the picture in the image library."
    )
    featured_image_alt = models.CharField(
        "alt text",
        max_length=250,
        blank=True,
        help_text="Describe the picture for people who cannot see it. Leave empty to use the alt text saved with "
        "the picture in the image library.",
    )
    featured_image_caption = models.CharField(
        "caption", max_length=250, blank=True, help_text="Optional text shown under the main picture."
    )
    body = StreamField(
        PostStreamBlock(),
        default=[("paragraph", "")],  # a new post opens on a paragraph, ready for typing
        help_text="The post itself: text, headings, pictures, quotes and more.",
    )
    episode_audio = optional_document(
        "For a podcast episode: the recording (MP3 or M4A) from the document library. It is what podcast apps "
        "download. File it in a public collection, never in 'Member eBooks'."
    )
    episode_embed_url = models.URLField(
        blank=True,
        help_text="For a podcast episode without an uploaded recording: its address on SoundCloud, YouTube or "
        "similar, played at the top of the post. Podcast apps only get episodes with an uploaded recording.",
    )
    episode_duration = models.DurationField(
        null=True,
        blank=True,
        help_text="For a podcast episode: how long it lasts, as minutes:seconds (e.g. 24:10) or "
        "hours:minutes:seconds. Readers see it instead of the reading time. With an uploaded recording it is "
        "measured from the file when you save.",
    )
    categories = ParentalManyToManyField(
        BlogCategory,
        blank=True,
        related_name="posts",
        help_text="Tick every category this post belongs to.",
    )
    tags = ClusterTaggableManager(
        through=BlogPostTag,
        blank=True,
        help_text="Words readers might look for, e.g. 'boundaries', 'relapse'. Type a comma after each one.",
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("updated")], heading="Dates"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("featured_image"),
                FieldPanel("featured_image_alt"),
                FieldPanel("featured_image_caption"),
            ],
            heading="Main picture",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("episode_audio"), FieldPanel("episode_embed_url"), FieldPanel("episode_duration")],
            heading="Podcast episode",
            help_text="Only for podcast episodes: leave empty for an ordinary post.",
            classname="collapsed",
        ),
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
        # Listings, previous/next and archives order by (date, pk): without it each sorts the whole archive.
        indexes = [models.Index(fields=["date", "page_ptr"], name="blog_post_date_pk")]

    def clean(self):
        super().clean()
        if post_slug_is_reserved(self.slug):
            raise ValidationError({"slug": f"“{self.slug}” is taken by the blog's own pages. Please choose another."})
        errors = {}
        if self.episode_audio and self.audio_type is None:
            errors["episode_audio"] = "Podcast apps play MP3 and M4A files. Please choose one of those."
        if self.episode_audio and self.audio_type:
            self.episode_duration = recording_length(self.episode_audio) or self.episode_duration
        if (self.episode_audio or self.episode_embed_url) and not self.episode_duration:
            errors["episode_duration"] = "Please say how long the episode lasts, e.g. 24:10."
        if self.episode_duration and not (self.episode_audio or self.episode_embed_url):
            errors["episode_duration"] = "A duration is only for podcast episodes: add the recording or its address."
        if errors:
            raise ValidationError(errors)

    @property
    def is_episode(self):
        return bool(self.episode_duration and (self.episode_audio_id or self.episode_embed_url))

    @property
    def audio_type(self):
        """The MIME type podcast apps expect for the recording, or None if it is not an MP3 or M4A file."""
        if not self.episode_audio:
            return None
        return AUDIO_EXTENSIONS.get("." + self.episode_audio.file_extension.lower())

    @property
    def listen_minutes(self):
        return max(1, round(self.episode_duration.total_seconds() / 60))

    def affected_paths(self):
        """Site paths whose content changes when this post is published, changed or unpublished: for a CDN to
        purge (home/frontend_purge.py). The blog's own (`get_cached_paths`) include the listing's later pages, whose
        posts shift by one."""
        blog = self.blog
        base = blog.url
        paths = {self.url, "/", *(base + path.lstrip("/") for path in blog.get_cached_paths())}
        paths.add(base + blog.reverse_subpage("year", args=[self.date.year]))
        paths.add(base + blog.reverse_subpage("month", args=[self.date.year, f"{self.date.month:02d}"]))
        for category in self.categories.all():
            paths.add(base + blog.reverse_subpage("category", args=[category.slug]))
            paths.add(base + blog.reverse_subpage("category_feed", args=[category.slug]))
        for tag in self.tags.all():
            paths.add(base + blog.reverse_subpage("tag", args=[tag.slug]))
            paths.add(base + blog.reverse_subpage("tag_feed", args=[tag.slug]))
        paths.update(author.get_absolute_url() for author in self.authors)
        paths.add("/authors/")
        paths.update(sitemap_paths())
        return sorted(paths)

    def get_meta_description(self):
        return self.search_description or self.intro

    def get_social_image(self):
        return self.social_image or self.featured_image

    def sitemap_lastmod(self):
        """The date readers see: publication, or the last real change editors recorded."""
        return self.updated or self.date

    def sitemap_image_ids(self):
        return [self.featured_image_id, self.social_image_id]

    def get_social_image_alt(self):
        return self.social_image.default_alt_text if self.social_image else self.featured_alt_text

    @property
    def featured_alt_text(self):
        """The main picture's alt text: what this post says about it, or else what the picture library says."""
        if self.featured_image_alt or not self.featured_image:
            return self.featured_image_alt
        return self.featured_image.default_alt_text

    @cached_property
    def blog(self):
        """The blog index this post sits in."""
        return BlogIndexPage.objects.parent_of(self).get()

    @property
    def authors(self):
        return [link.author for link in self.author_links.all()]

    @property
    def reading_minutes(self):
        words = sum(
            len(str(text).split()) for block in self.body for text in block.block.get_searchable_content(block.value)
        )
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = self.blog.posts()
        older_post, newer_post = self.neighbours(posts)
        categories, tags = list(self.categories.all()), list(self.tags.all())
        context.update(
            blog=self.blog,
            categories=categories,
            tags=tags,
            author_profiles=self.author_profiles(),
            older_post=older_post,
            newer_post=newer_post,
            related_posts=self.related_posts(posts, tags=tags, categories=categories),
        )
        return context

    def author_profiles(self):
        """The post's authors, in credit order, with the photo and books their 'About the author' box shows."""
        links = self.author_links.select_related("author").prefetch_related(
            Prefetch("author__photo", queryset=images_with_renditions("author_box_photo")),
            Prefetch(
                "author__books",
                queryset=Book.objects.prefetch_related(
                    Prefetch("cover", queryset=images_with_renditions("author_box_cover"))
                ),
            ),
        )
        return [link.author for link in links]

    def neighbours(self, posts):
        """The listed posts just older and just newer than this one, in the blog's (date, pk) order."""
        pk = self.pk or 0  # a new post in preview has none yet
        titles_only = posts.prefetch_related(None)
        # The date bound alone lets the database start its walk of the (date, pk) index at this post; with only the
        # "earlier date, or same date and smaller pk" condition it read the index from the far end (at 100,000 posts
        # the newest post's "newer" read every row: 22 ms on PostgreSQL).
        older = titles_only.filter(date__lte=self.date).filter(Q(date__lt=self.date) | Q(pk__lt=pk)).first()
        newer = (
            titles_only.filter(date__gte=self.date)
            .filter(Q(date__gt=self.date) | Q(pk__gt=pk))
            .order_by("date", "pk")
            .first()
        )
        return older, newer

    def related_posts(self, posts, limit=3, tags=None, categories=None):
        """Up to `limit` other listed posts sharing a tag or a category with this one, newest first.

        `tags` and `categories`: this post's own, when the caller has read them already.
        """
        tags = list(self.tags.all()) if tags is None else tags
        categories = list(self.categories.all()) if categories is None else categories
        if not tags and not categories:
            return []  # it shares nothing: no need to walk the archive (at 100,000 posts, every row)
        # Asked of each post as the database walks the posts newest first (EXISTS), so it stops at `limit`. Lists of
        # matching ids (IN) let SQLite gather and sort every post sharing a category instead: 10 ms at 10,000 posts
        # where this takes 0.03 ms.
        sharing_a_tag = BlogPostTag.objects.filter(content_object_id=OuterRef("pk"), tag__in=tags)
        sharing_a_category = BlogPostPage.categories.through.objects.filter(
            blogpostpage_id=OuterRef("pk"), blogcategory__in=categories
        )
        return posts.exclude(pk=self.pk).filter(Exists(sharing_a_tag) | Exists(sharing_a_category))[:limit]

    # How chosen pages show as cards (home/cards.py: the home page's "Start here").
    card_template = "components/post_card.html"

    @classmethod
    def card_queryset(cls):
        return (
            visible_to_readers(cls.objects.all())
            .defer_streamfields()
            .prefetch_related(
                Prefetch("author_links", queryset=BlogPostAuthor.objects.select_related("author")),
                Prefetch("featured_image", queryset=images_with_renditions("card")),
            )
        )

    def card_context(self):
        return {"post": self}

    # How site search lists posts: it searches `search_candidates()` and shows each match's `search_result()`.
    @classmethod
    def search_candidates(cls):
        """The posts any reader may find: visible to readers, body deferred, authors fetched in one query."""
        return (
            visible_to_readers(cls.objects.all())
            .defer_streamfields()
            .prefetch_related(Prefetch("author_links", queryset=BlogPostAuthor.objects.select_related("author")))
        )

    def search_result(self, request):
        """What a search result shows for this post: public fields only."""
        return {
            "label": "Blog post",
            "title": self.title,
            "url": self.get_url(request),
            "summary": self.intro,
            "date": self.date,
            "authors": [link.author.name for link in self.author_links.all()],
        }

    @classmethod
    def popular_tags(cls, limit):
        """Tags of the posts readers may see, most used first (shown when the search box is empty)."""
        visible = visible_to_readers(cls.objects.all()).values("pk")
        return (
            Tag.objects.filter(blog_blogposttag_items__content_object__in=visible)
            .annotate(post_count=Count("blog_blogposttag_items"))
            .order_by("-post_count", "name")[:limit]
        )
