from django.db import models
from django.urls import reverse

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from home.fields import optional_image


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
        help_text="Link to a login only if this author also writes in the admin. Optional.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("location")]),
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

    # How site search lists authors: it searches `search_candidates()` and shows each match's `search_result()`.
    @classmethod
    def search_candidates(cls):
        return cls.objects.all()

    def search_result(self, request):
        return {
            "label": self.get_role_display(),
            "title": self.name,
            "url": self.get_absolute_url(),
            "summary": self.bio,
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
