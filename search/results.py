"""One site search across blog posts, learning modules, authors and other pages, safe for every reader.

The reader's words go through the query pipeline (`search.pipeline`), then the database engine counts and ranks
the matches among live, public, unexpired pages and authors; only the page of results shown is loaded. When all
the words together find nothing, any of them will do, ranked by how many each result covers.

Modules are indexed by their public fields only; their locked words are searched only through `learning.access`,
which answers for this request, and excerpts always come from public text.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from wagtail.models import Page
from wagtail.search.query import And, Or, Phrase, PlainText

from learning import access
from search.engines import get_engine
from search.excerpts import best_excerpt
from search.kinds import KINDS, OTHER_PAGES
from search.pipeline import understand
from search.spelling import did_you_mean
from search.synonyms import synonym_groups

# Fewer pages than this with every word: widen to pages with any of them (a question's extra words, such as
# "all the time", should not hide the post that answers it).
ENOUGH_ALL_WORD_MATCHES = 3


@dataclass
class Result:
    kind: str
    label: str
    title: str
    url: str
    excerpt: str = ""
    date: object = None
    authors: list = field(default_factory=list)


class SiteSearch:
    def __init__(self, request, query, window=(None, 0, 10)):
        """`window`: (kind or None for all, offset, limit) of the results the page will show, fetched with the
        counts in the same statement."""
        self.request = request
        self.plan = understand(query, synonym_groups())
        self.engine = get_engine()
        self.match_all = True
        self.locked_page_ids = []
        self.corrected_from = ""  # the query as typed, when its corrected spelling was searched instead
        self.window, self.window_hits = window, []

    def counts(self):
        """{kind: matches} for blog, learning, authors and page.

        All words first. When they find nothing: the query with its misspelt words corrected (if any). When
        that finds fewer than ENOUGH_ALL_WORD_MATCHES: any of the words, ranked by how many each result covers.
        """
        if self.plan.is_empty:
            return {}
        counts = self._counts()
        correction = did_you_mean(self.plan) if not counts else ""
        if correction:
            self.corrected_from = self.plan.text
            self.plan = understand(correction, synonym_groups())
            counts = self._counts()
        if sum(counts.values()) < ENOUGH_ALL_WORD_MATCHES and len(self.plan.concepts) > 1:
            self.match_all = False  # pages with all the words still come first: they cover the most
            counts = self._counts()
        return counts

    def _counts(self):
        self.locked_page_ids = self._locked_matches()
        counts, self.window_hits = self._search(*self.window)
        return counts

    def _search(self, kind, offset, limit):
        return self.engine.search(self.plan, self.match_all, kind, offset, limit, self.locked_page_ids)

    def ranked(self, kind, total):
        """The matches of one kind (or all when `kind` is None) as a sequence a Paginator can page through."""
        return RankedResults(self, kind, total)

    def results(self, kind, offset, limit):
        window_kind, window_offset, window_limit = self.window
        if (kind, offset) == (window_kind, window_offset) and limit <= window_limit:
            hits = self.window_hits[:limit]  # fetched with the counts (the last page asks for fewer)
        else:
            hits = self._search(kind, offset, limit)[1]
        shown = self._shown(hits)
        stems = self.plan.highlight_stems
        results = []
        for hit in hits:
            item = shown.get((hit.kind, hit.object_id))
            if item is None:  # gone between the two queries
                continue
            result = dict(item)
            summary = result.pop("summary", "") or hit.summary
            result["excerpt"] = (
                best_excerpt(stems, hit.body, summary) if hit.kind != "authors" else (best_excerpt(stems, summary))
            )
            results.append(Result(kind=hit.kind, **result))
        return results

    def _shown(self, hits):
        """{(kind, id): what the result shows}, loading each kind's page of objects in one query."""
        ids = defaultdict(list)
        for hit in hits:
            ids[hit.kind].append(hit.object_id)
        shown = {}
        for kind, object_ids in ids.items():
            if kind == OTHER_PAGES:
                for page in Page.objects.filter(pk__in=object_ids):
                    shown[(kind, page.pk)] = {"label": "Page", "title": page.title, "url": page.get_url(self.request)}
            else:
                for item in KINDS[kind].search_candidates().filter(pk__in=object_ids):
                    shown[(kind, item.pk)] = item.search_result(self.request)
        return shown

    def _locked_matches(self):
        """Ids of modules whose locked words match, as far as the access rule lets this request see them."""
        found = access.modules_found_in_locked_text(self.request, self.backend_query())
        return list(found.values_list("pk", flat=True))

    def backend_query(self):
        """The plan as a Wagtail search query, for content searched through Wagtail's own backend."""
        concepts = [
            Or([Phrase(term) if " " in term else PlainText(term) for term in concept.terms])
            for concept in self.plan.concepts
        ]
        return And(concepts) if self.match_all else Or(concepts)


class RankedResults:
    """A lazy, counted sequence: the Paginator asks for one slice, fetched from the database by rank."""

    def __init__(self, search, kind, total):
        self.search, self.kind, self.total = search, kind, total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop or self.total
        return self.search.results(self.kind, start, max(0, stop - start))
