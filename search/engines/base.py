"""SQL shared by the database engines: visibility, locked-text matches, coverage ordering, counts and pages."""

from dataclasses import dataclass

from django.db import connection

from wagtail.models import Page

from home.visibility import visible_to_readers
from search.models import SearchEntry

ENTRIES = SearchEntry._meta.db_table
ENTRY_COLUMNS = ("id", "kind", "object_id", "page_id", "title", "summary", "body", "vector")
LOCKED_ONLY_SCORE = -1.0  # below every public match: modules found only through their locked words come last


@dataclass
class Hit:
    kind: str
    object_id: int
    title: str
    summary: str
    body: str


class DatabaseEngine:
    """Subclasses say how to store stems and how to match: `store`, `remove`, `setup`, `_match`, `_covers`."""

    def counts(self, plan, match_all, locked_page_ids=()):
        """{kind: number of visible matching entries}."""
        source, params = self._source(plan, match_all, locked_page_ids)
        visible, visible_params = self._visible()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.kind, COUNT(*) FROM {source} WHERE {visible} GROUP BY e.kind",  # noqa: S608
                [*params, *visible_params],
            )
            return dict(cursor.fetchall())

    def hits(self, plan, match_all, kind, offset, limit, locked_page_ids=()):
        """One page of `Hit`s, best first: most concepts covered, then the engine's weighted score, newest."""
        source, params = self._source(plan, match_all, locked_page_ids)
        visible, visible_params = self._visible()
        coverage, coverage_params = self._coverage(plan)
        kind_filter, kind_params = ("AND e.kind = %s", [kind]) if kind else ("", [])
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.kind, e.object_id, e.title, e.summary, e.body, {coverage} AS coverage "  # noqa: S608
                f"FROM {source} WHERE {visible} {kind_filter} "
                "ORDER BY coverage DESC, e.score DESC, e.id DESC LIMIT %s OFFSET %s",
                [*coverage_params, *params, *visible_params, *kind_params, limit, offset],
            )
            return [Hit(*row[:5]) for row in cursor.fetchall()]

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

    def _visible(self):
        """Entries readers may see: authors, and pages that are live, public and not expired (worked out once)."""
        if not hasattr(self, "_visible_sql"):
            pages, params = visible_to_readers(Page.objects.order_by()).values("pk").query.sql_with_params()
            self._visible_sql = (f"(e.page_id IS NULL OR e.page_id IN ({pages}))", list(params))
        return self._visible_sql
