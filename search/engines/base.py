"""SQL shared by the database engines: visibility, locked-text matches, coverage ordering, counts and pages."""

from dataclasses import dataclass

from django.db import connection

from wagtail.models import Page

from home.visibility import hidden_from_readers
from search.models import SearchEntry

ENTRIES = SearchEntry._meta.db_table
ENTRY_COLUMNS = ("id", "kind", "object_id", "page_id", "title", "summary", "body", "vector")
LOCKED_ONLY_SCORE = -1.0  # below every public match: modules found only through their locked words come last
COVERAGE_WINDOW = 100  # with any word, coverage orders the best hundred candidates; the rest follow by score


def candidates_wanted(plan, match_all, offset, limit):
    """(does coverage order the candidates, how many candidates the page needs) for a search in two tiers."""
    with_coverage = not match_all and len(plan.concepts) > 1
    return with_coverage, max(offset + limit, COVERAGE_WINDOW) if with_coverage else offset + limit


def ranked_from_tiers(coverage, join=""):
    """(the CTEs `candidates, ranked`, the SELECT of the page's ids with their `position`) over the two tiers `first`
    and `rest` (id, tier, score) that the engine's own WITH clause names.

    Candidates are the first entries by tier and score; the first COVERAGE_WINDOW are ordered by `coverage` (SQL
    reading the candidate `c`, and whatever `join` adds), the rest follow by tier and score. Parameters, in order:
    the number of candidates, those of `coverage`, then the page's limit and offset.
    """
    ctes = (
        "candidates AS (SELECT id, tier, score, ROW_NUMBER() OVER (ORDER BY tier DESC, score DESC, id DESC) AS n "  # noqa: S608
        "FROM (SELECT * FROM first UNION ALL SELECT * FROM rest) tiers ORDER BY n LIMIT %s), "
        f"ranked AS (SELECT c.id, c.tier, c.score, CASE WHEN c.n <= {COVERAGE_WINDOW} THEN {coverage} ELSE 0 END "
        f"AS coverage, CASE WHEN c.n <= {COVERAGE_WINDOW} THEN 0 ELSE c.n END AS beyond FROM candidates c {join})"
    )
    page = (
        "SELECT id, ROW_NUMBER() OVER (ORDER BY beyond, coverage DESC, tier DESC, score DESC, id DESC) AS position "
        "FROM ranked ORDER BY position LIMIT %s OFFSET %s"
    )
    return ctes, page


@dataclass
class Hit:
    kind: str
    object_id: int
    title: str
    summary: str
    body: str


class DatabaseEngine:
    """Subclasses say how to store stems and how to match: `store`, `remove`, `setup`, `_match`, `_covers`."""

    def search(self, plan, match_all, kind, offset, limit, locked_page_ids=()):
        """({kind: number of visible matching entries}, one page of `Hit`s of `kind` or of all kinds, best first).

        One statement: the visible matches are found once, then counted per kind and ranked (most concepts
        covered, then the engine's weighted score, newest); only the page's rows are read in full.
        """
        source, params = self._source(plan, match_all, locked_page_ids)
        visible, visible_params = self._visible()
        coverage, coverage_params = self._coverage(plan)
        kind_filter, kind_params = ("WHERE kind = %s", [kind]) if kind else ("", [])
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH found AS (SELECT e.id, e.kind, {coverage} AS coverage, e.score "  # noqa: S608
                f"FROM {source} WHERE {visible}), "
                f"top AS (SELECT id, coverage, score FROM found {kind_filter} "
                "ORDER BY coverage DESC, score DESC, id DESC LIMIT %s OFFSET %s) "
                "SELECT 0, kind, COUNT(*), NULL, NULL, NULL, 0, 0, 0 FROM found GROUP BY kind UNION ALL "
                "SELECT 1, e.kind, e.object_id, e.title, e.summary, e.body, top.coverage, top.score, e.id "
                f"FROM top JOIN {ENTRIES} e ON e.id = top.id",
                [*coverage_params, *params, *visible_params, *kind_params, limit, offset],
            )
            rows = cursor.fetchall()
        counts = {row[1]: row[2] for row in rows if row[0] == 0}
        ranked = sorted((row for row in rows if row[0] == 1), key=lambda row: (row[6], row[7], row[8]), reverse=True)
        return counts, [Hit(*row[1:6]) for row in ranked]

    def _source(self, plan, match_all, locked_page_ids):
        """A FROM clause naming the matching entries `e`, each with its `score`."""
        found, params = self._found(plan, match_all, locked_page_ids)
        columns = ", ".join(f"e.{column}" for column in ENTRY_COLUMNS)
        return f"({found} SELECT {columns}, found.score FROM found JOIN {ENTRIES} e ON e.id = found.rid) e", params  # noqa: S608

    def _found(self, plan, match_all, locked_page_ids):
        """A WITH clause naming `found` (rid, score): public matches, plus modules matched in locked text."""
        match, params = self._match(plan, match_all)
        sql = f"WITH matches AS ({match}), found AS (SELECT rid, score FROM matches"  # noqa: S608
        if locked_page_ids:
            marks = ", ".join(["%s"] * len(locked_page_ids))
            sql += (
                f" UNION ALL SELECT id, {LOCKED_ONLY_SCORE} FROM {ENTRIES} WHERE page_id IN ({marks})"  # noqa: S608
                " AND id NOT IN (SELECT rid FROM matches)"
            )
            params = [*params, *locked_page_ids]
        return sql + ")", params

    def _coverage(self, plan):
        """How many of the plan's concepts an entry matches (constant for one concept: no work done)."""
        if len(plan.concepts) < 2:
            return "1", []
        parts, params = [], []
        for concept in plan.concepts:
            sql, concept_params = self._covers(concept)
            parts.append(f"(CASE WHEN {sql} THEN 1 ELSE 0 END)")
            params += concept_params
        return "(" + " + ".join(parts) + ")", params

    def _hidden_pages(self):
        """SQL listing the pages readers may not see (not live, view-restricted or expired), worked out once."""
        if not hasattr(self, "_hidden_sql"):
            pages, params = hidden_from_readers(Page.objects.order_by()).values("pk").query.sql_with_params()
            self._hidden_sql = (pages, list(params))
        return self._hidden_sql

    def _visible(self):
        """Entries readers may see: authors, and pages that are live, public and not expired.

        Written as "not one of the hidden pages": a common word matches most entries, and checking them against
        the few hidden pages is cheap, where listing every visible page read the whole page table (at 10,000
        posts about 5 ms of each search on an idle machine, 35 ms under load).
        """
        pages, params = self._hidden_pages()
        return f"(e.page_id IS NULL OR e.page_id NOT IN ({pages}))", params
