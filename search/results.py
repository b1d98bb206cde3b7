"""One site search across blog posts, learning modules, authors and other pages, safe for every reader.

Only live, public, unexpired pages are searched. Modules are indexed by their public fields only; their locked
words are searched only when `learning.access` lets this request see them.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import connection
from django.db.models import Prefetch

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.visibility import visible_to_readers
from learning import access
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
    def __init__(self, request, query):
        self.request = request
        self.query = backend_query(query)
        self.terms = search_terms(query)
        self.BlogPostPage = apps.get_model("blog", "BlogPostPage")
        self.LearningModulePage = apps.get_model("learning", "LearningModulePage")
        self.Author = apps.get_model("authors", "Author")

    def run(self):
        """Results grouped by kind, each most relevant first."""
        groups = {
            "blog": self._blog(),
            "learning": self._learning(),
            "authors": self._authors(),
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

    def _blog(self):
        BlogPostAuthor = apps.get_model("blog", "BlogPostAuthor")
        posts = (
            visible_to_readers(self.BlogPostPage.objects.all())
            .defer_streamfields()
            .prefetch_related(Prefetch("author_links", queryset=BlogPostAuthor.objects.select_related("author")))
        )
        return [
            Result(
                kind="blog",
                label="Blog post",
                title=post.title,
                url=post.get_url(self.request),
                excerpt=highlight_excerpt(post.intro, self.terms),
                date=post.date,
                authors=[link.author.name for link in post.author_links.all()],
                score=post._score,
                tier=_tier(self.terms, post.title, post.intro),
            )
            for post in self._scored(posts)
        ]

    def _learning(self):
        modules = visible_to_readers(self.LearningModulePage.objects.all()).defer_streamfields()
        found = self._scored(modules)
        found_ids = {module.pk for module in found}
        locked_only = access.modules_found_in_locked_text(self.request, self.query).exclude(pk__in=found_ids)
        # Modules found only through their locked words rank after the public matches.
        least_relevant = max((module._score for module in found), key=_better_first, default=0.0)
        return [self._module_result(module, module._score) for module in found] + [
            self._module_result(module, least_relevant) for module in locked_only.defer_streamfields()
        ]

    def _module_result(self, module, score):
        return Result(
            kind="learning",
            label=f"Learning module {module.number}",
            title=module.title,
            url=module.get_url(self.request),
            excerpt=highlight_excerpt(module.summary, self.terms),
            score=score,
            tier=_tier(self.terms, module.title, module.summary),
        )

    def _authors(self):
        return [
            Result(
                kind="authors",
                label=author.get_role_display(),
                title=author.name,
                url=author.get_absolute_url(),
                excerpt=highlight_excerpt(author.bio, self.terms),
                score=author._score,
                tier=_tier(self.terms, author.name),
            )
            for author in self._scored(self.Author.objects.all())
        ]

    def _other_pages(self):
        pages = visible_to_readers(Page.objects.all()).not_type(self.BlogPostPage, self.LearningModulePage)
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
