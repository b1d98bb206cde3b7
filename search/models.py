import re

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel


class SearchQueryLog(models.Model):
    """How often a search was made on one day, and whether it found anything. No user, no IP: only words."""

    query = models.CharField(max_length=200, help_text="The search words, lower-cased and tidied.")
    date = models.DateField(help_text="The day the searches were made.")
    hits = models.PositiveIntegerField(default=0, help_text="How many times it was searched that day.")
    results = models.PositiveIntegerField(default=0, help_text="How many results the last of those searches found.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="one_log_row_per_query_and_day")]
        indexes = [models.Index(fields=["date", "query"])]
        ordering = ["-date", "-hits"]
        verbose_name = "search query log"

    def __str__(self):
        return f"{self.query} ({self.date}: {self.hits})"


class SearchEntry(models.Model):
    """The public words of one thing readers can find (a live page or an author), as site search indexes them.

    Kept by `search.backend.SiteIndexBackend`, which Wagtail calls whenever it indexes content. Words are split
    by where they stand, so a match in the title counts more than one in the summary, and that more than one in
    the body. Locked module text is never stored here (see `learning.access`).
    """

    kind = models.CharField(max_length=16)
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    page = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.CASCADE, related_name="+")
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # PostgreSQL only: the stems of title (weight A), summary (B) and body (C). SQLite keeps them in an FTS5 table.
    vector = SearchVectorField(null=True)
    # PostgreSQL only: the stems of title (A) and summary (B) alone, so matches there are found and ranked first.
    head = SearchVectorField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="one_search_entry_each")]
        indexes = [models.Index(fields=["kind"]), models.Index(fields=["page"])]

    def __str__(self):
        return f"{self.kind}: {self.title}"


class SearchWord(models.Model):
    """A word found in public indexed text: the vocabulary "Did you mean" corrects misspellings against."""

    word = models.CharField(max_length=60, unique=True)
    stem = models.CharField(max_length=60, db_index=True)
    length = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [models.Index(fields=["length", "word"])]

    def __str__(self):
        return self.word


class Synonym(models.Model):
    """Words that mean the same to a reader, so searching one finds pages using any of them."""

    terms = models.TextField(
        help_text="Words or short phrases that mean the same thing, separated by '='. For example: "
        "rehab = treatment centre = residential treatment. Searching for any one of them finds pages that "
        "use any of the others."
    )
    note = models.CharField(
        max_length=200, blank=True, help_text="Optional: why these belong together, for other editors."
    )

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        ordering = ["terms"]
        verbose_name = "search synonym"

    def __str__(self):
        return " = ".join(self.term_list())

    def term_list(self):
        """The terms, tidied: trimmed, lower-cased, empty ones dropped."""
        return [term.strip().lower() for term in re.split(r"[=\n,]", self.terms) if term.strip()]

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError({"terms": "Enter at least two words or phrases, separated by '='."})
