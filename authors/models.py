from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from home.fields import optional_image
from home.renditions import images_with_renditions
from home.visibility import hidden_from_readers


def admin_accounts():
    """The logins that may use the admin (superusers, and people in a group with admin access): an author profile
    is linked to one of these only, never to a family's account."""
    return (
        Q(is_superuser=True)
        | Q(groups__permissions__codename="access_admin")
        | Q(user_permissions__codename="access_admin")
    )


class Author(index.Indexed, ClusterableModel):
    """A person who writes or reviews for the site. Authors need no login."""

    class Role(models.TextChoices):
        STAFF = "staff", "Staff writer"
        GUEST = "guest", "Guest blogger"
        CLINICAL_REVIEWER = "clinical_reviewer", "Clinical reviewer"

    name = models.CharField(max_length=120, help_text="The author's name as readers will see it.")
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="Short name used in the author's web address, e.g. 'maria-lopez'. Letters, numbers and dashes.",
    )
    photo = optional_image("A friendly head-and-shoulders photo. Optional.")
    role = models.CharField(
        max_length=32,
        choices=Role.choices,
        default=Role.STAFF,
        help_text="How this person writes for us. Shown next to their name.",
    )
    credentials = models.CharField(
        max_length=120,
        blank=True,
        help_text="What qualifies them, as readers see it after the name, e.g. 'clinical psychologist'. "
        "Needed for clinical reviewers: the modules they approve say 'Reviewed by Dr. Priya Raman, "
        "clinical psychologist'.",
    )
    bio = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="A short paragraph about the author, shown in the 'About the author' box on their posts.",
    )
    location = models.CharField(
        max_length=120, blank=True, help_text="Where they live, e.g. 'Denver, Colorado'. Optional."
    )
    website = models.URLField(blank=True, help_text="The author's own website. Optional.")
    user = models.ForeignKey(
        "auth.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profiles",
        limit_choices_to=admin_accounts,
        help_text="Link to a login only if this author also writes in the admin. Only staff logins are listed. "
        "Optional.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("location")]),
        FieldPanel("credentials"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("website"),
        MultiFieldPanel([InlinePanel("books", label="Book")], heading="Books"),
        FieldPanel("user"),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("bio"),
        index.FilterField("role"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("authors:detail", kwargs={"slug": self.slug})

    def visible_posts(self):
        """The posts readers may see that this author wrote or co-wrote, newest first, ready for post cards.

        `authors` sits below `blog` and may not import it, so the posts are reached through the blog's link rows
        (`post_links`, one per post and author) and listed as those rows' pages: each row's `page` is the post.
        """
        return (
            # Leaving out the few hidden pages costs less than listing every visible one (the same rule read the
            # other way: home/visibility.py).
            self.post_links.exclude(page_id__in=hidden_from_readers(Page.objects.order_by()).values("pk"))
            .select_related("page")
            .defer("page__body")
            .prefetch_related(
                # The link rows' own model (blog's BlogPostAuthor), reached through the relation, not imported.
                Prefetch("page__author_links", queryset=self.post_links.model.objects.select_related("author")),
                Prefetch("page__featured_image", queryset=images_with_renditions("card")),
            )
            .order_by("-page__date", "-page__pk")
        )

    # How site search lists authors: it searches `search_candidates()` and shows each match's `search_result()`.
    @classmethod
    def search_candidates(cls):
        return cls.objects.all()

    def search_result(self, request):
        return {
            "label": self.get_role_display(),
            "title": self.name,
            "url": self.get_absolute_url(),
            "summary": get_text_for_indexing(self.bio),  # the bio is rich text: its words, without the markup
        }


class Book(Orderable):
    """A book an author has written, shown in their 'About the author' box."""

    author = ParentalKey(Author, on_delete=models.CASCADE, related_name="books")
    title = models.CharField(max_length=200, help_text="The book's title.")
    subtitle = models.CharField(max_length=200, blank=True, help_text="The subtitle, if it has one.")
    year = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Year it was published, e.g. 2021.")
    cover = optional_image("A picture of the book's cover. Optional.")
    link = models.URLField(blank=True, help_text="Where readers can find the book (publisher or bookshop page).")

    panels = [
        FieldPanel("title"),
        FieldPanel("subtitle"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("link")]),
        FieldPanel("cover"),
    ]

    def __str__(self):
        return self.title
