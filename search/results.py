"""One site search across blog posts, learning modules, authors and other pages, safe for every reader.

Only live, public, unexpired pages are searched. Modules are indexed by their public fields only; their locked
words are searched only when `learning.access` lets this request see them.
"""

from dataclasses import dataclass, field

from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from authors.models import Author
from blog.models import BlogPostPage
from home.visibility import visible_to_readers
from learning import access
from learning.models import LearningModulePage
from search.excerpts import highlight_excerpt
from search.query import backend_query, search_terms

MAX_PER_TYPE = 100


@dataclass
class Result:
    kind: str
    label: str
    title: str
    url: str
    excerpt: str = ""
    date: object = None
    authors: list = field(default_factory=list)
    score: float = 0.0
    tier: int = 2

    def rank_key(self):
        return (self.tier, _better_first(self.score))


def _tier(terms, title, summary=""):
    """0 when a searched word is in the title, 1 when it is in the summary, else 2.

    The SQLite backend's BM25 weighs the whole entry alike, so field boosts alone don't put title matches first.
    """
    if any(term in title.lower() for term in terms):
        return 0
    if any(term in (summary or "").lower() for term in terms):
        return 1
    return 2


def _better_first(score):
    """Sort key that puts the most relevant first: SQLite's BM25 is lower-is-better, PostgreSQL's is higher."""
    score = score or 0.0
    return score if connection.vendor == "sqlite" else -score


class SiteSearch:
    """Searches each kind of content through the model's own protocol.

    A searchable model offers `search_candidates()` (the queryset any reader may find) and
    `search_result(request)` (label, title, url, summary and optional date and authors, public fields only),
    so this module holds no field names of the apps it searches.
    """

    def __init__(self, request, query):
        self.request = request
        self.query = backend_query(query)
        self.terms = search_terms(query)

    def run(self):
        """Results grouped by kind, each most relevant first."""
        groups = {
            "blog": self._found("blog", BlogPostPage),
            "learning": self._learning(),
            "authors": self._found("authors", Author),
            "pages": self._other_pages(),
        }
        return {kind: sorted(results, key=Result.rank_key) for kind, results in groups.items()}

    def _scored(self, queryset):
        """Up to MAX_PER_TYPE matches with a `_score`, most relevant first.

        On SQLite (development only) the backend scores each match with a correlated subquery, which takes
        seconds once thousands of entries match; there, matches come newest first with no score, and the
        title/summary tiers do the ranking.
        """
        backend = get_search_backend()
        if connection.vendor == "sqlite":
            matches = list(backend.search(self.query, queryset, order_by_relevance=False)[:MAX_PER_TYPE])
            for match in matches:
                match._score = 0.0
            return matches
        return list(backend.search(self.query, queryset).annotate_score("_score")[:MAX_PER_TYPE])

    def _result(self, kind, item, score):
        shown = item.search_result(self.request)
        summary = shown.pop("summary", "")
        return Result(
            kind=kind,
            excerpt=highlight_excerpt(summary, self.terms),
            score=score,
            tier=_tier(self.terms, shown["title"], summary),
            **shown,
        )

    def _found(self, kind, model):
        return [self._result(kind, item, item._score) for item in self._scored(model.search_candidates())]

    def _learning(self):
        found = self._scored(LearningModulePage.search_candidates())
        found_ids = {module.pk for module in found}
        locked_only = access.modules_found_in_locked_text(self.request, self.query).exclude(pk__in=found_ids)
        # Modules found only through their locked words rank after the public matches.
        least_relevant = max((module._score for module in found), key=_better_first, default=0.0)
        return [self._result("learning", module, module._score) for module in found] + [
            self._result("learning", module, least_relevant) for module in locked_only.defer_streamfields()
        ]

    def _other_pages(self):
        pages = visible_to_readers(Page.objects.all()).not_type(BlogPostPage, LearningModulePage)
        return [
            Result(
                kind="page",
                label="Page",
                title=page.title,
                url=page.get_url(self.request),
                score=page._score,
                tier=_tier(self.terms, page.title),
            )
            for page in self._scored(pages.exclude(depth__lte=1))
        ]


def merge(groups):
    """All kinds in one list, most relevant first."""
    merged = [result for results in groups.values() for result in results]
    return sorted(merged, key=Result.rank_key)
