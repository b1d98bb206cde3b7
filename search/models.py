from django.db import models


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
