"""SQLite: an FTS5 table of stems beside the entries, ranked by BM25 with the title weighed most.

The table also holds each entry's kind as a word of its own column, so the matches of each kind are counted by
FTS5 alone (a count of a match costs a fraction of a millisecond where joining every match to its entry cost
tens). BM25 is the expensive part of a search for a common word (7,500 matches at 10,000 posts: 50 ms), so
results are ranked in two tiers: entries matching in the title or summary first, then the entries matching only
in the body, which are scored only when the first tier does not fill the page asked for. With the weights used
(title 10, summary 4, body 1) a body-only match rarely outranks a title or summary match anyway.

When any word will do, results covering more of the query's concepts come first, among the best
`COVERAGE_WINDOW` (the rest follow by score): which concepts an entry covers is read from its stored stems for
those entries only, instead of matching every concept against every entry.
"""

from django.db import connection

from search.engines.base import ENTRIES, DatabaseEngine, Hit, candidates_wanted, ranked_from_tiers
from search.kinds import KINDS, OTHER_PAGES
from search.language import stemmed_text
from search.models import SearchEntry

FTS = "search_entry_fts"
FTS_COLUMNS = ("title", "summary", "body", "kind")
WEIGHTS = "10.0, 4.0, 1.0, 0.0"  # title, summary, body, kind (never searched by a reader's words)
TEXT = "{title summary body}"
HEAD = "{title summary}"
REFILL_BATCH = 500


def _fts_string(stems):
    """One FTS5 string: a word, or a phrase when there are several. Stems are letters and digits only."""
    return '"' + " ".join(stem.replace('"', "") for stem in stems) + '"'


def _fts_concept(concept, columns=TEXT):
    """A concept matched in the given columns: any of its alternatives."""
    return f"{columns} : (" + " OR ".join(_fts_string(alternative) for alternative in concept.alternatives) + ")"


def _kind_word(kind):
    """The word an entry's kind is stored as ("kindblog"): only ever matched in the kind column."""
    return f"kind{kind}"


def _of_kind(expression, kind):
    return f"({expression}) AND kind : {_kind_word(kind)}" if kind else expression


class SQLiteEngine(DatabaseEngine):
    def setup(self):
        """The FTS5 table; a table from before the kind column is rebuilt from the stored entries."""
        with connection.cursor() as cursor:
            columns = tuple(row[1] for row in cursor.execute(f"PRAGMA table_info({FTS})").fetchall())  # noqa: S608
            outdated = bool(columns) and columns != FTS_COLUMNS
            if outdated:
                cursor.execute(f"DROP TABLE {FTS}")  # noqa: S608
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5({', '.join(FTS_COLUMNS)}, "
                "tokenize = 'unicode61 remove_diacritics 2')"
            )
        if outdated:
            self._refill()

    def _refill(self):
        entries = SearchEntry.objects.order_by("pk")
        last = 0
        while batch := list(entries.filter(pk__gt=last)[:REFILL_BATCH]):
            self.store(batch)
            last = batch[-1].pk

    def store(self, entries):
        rows = [
            (e.pk, stemmed_text(e.title), stemmed_text(e.summary), stemmed_text(e.body), _kind_word(e.kind))
            for e in entries
        ]
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS} WHERE rowid = %s", [(row[0],) for row in rows])  # noqa: S608
            cursor.executemany(
                f"INSERT INTO {FTS} (rowid, {', '.join(FTS_COLUMNS)}) VALUES (%s, %s, %s, %s, %s)",  # noqa: S608
                rows,
            )

    def remove(self, entry_ids):
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS} WHERE rowid = %s", [(entry_id,) for entry_id in entry_ids])  # noqa: S608

    def reset(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS}")  # noqa: S608

    def search(self, plan, match_all, kind, offset, limit, locked_page_ids=()):
        """As `DatabaseEngine.search`, in one statement: counts per kind from FTS5, the page from two tiers.

        A member's search that reaches modules through their locked words takes the general statement.
        """
        if locked_page_ids:
            return super().search(plan, match_all, kind, offset, limit, locked_page_ids)
        joiner = " AND " if match_all else " OR "
        query = joiner.join(f"({_fts_concept(concept)})" for concept in plan.concepts)
        head = " OR ".join(f"({_fts_concept(concept, HEAD)})" for concept in plan.concepts)
        entries, hidden_params = self._hidden_entries()
        hidden = "SELECT hidden_id FROM hidden"  # worked out once, for the counts of every kind and both tiers
        counts_sql, counts_params = self._counts(query, hidden)
        page_sql, page_params = self._page(plan, match_all, query, head, kind, offset, limit, hidden)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH hidden (hidden_id) AS MATERIALIZED ({entries}) {counts_sql} UNION ALL {page_sql}",
                [*hidden_params, *counts_params, *page_params],
            )
            rows = cursor.fetchall()
        counts = {row[1]: row[2] for row in rows if row[0] == 0 and row[2]}
        ranked = sorted((row for row in rows if row[0] == 1), key=lambda row: row[6])
        return counts, [Hit(*row[1:6]) for row in ranked]

    def _hidden_entries(self):
        """Ids of the entries of pages readers may not see: few, so matches are counted and then these taken off."""
        visible, params = self._visible()
        return f"SELECT id FROM {ENTRIES} e WHERE NOT {visible}", params  # noqa: S608

    def _counts(self, query, hidden):
        parts, params = [], []
        for kind in [*KINDS, OTHER_PAGES]:
            expression = _of_kind(query, kind)
            parts.append(
                f"SELECT 0, %s, (SELECT COUNT(*) FROM {FTS} WHERE {FTS} MATCH %s) - (SELECT COUNT(*) FROM {FTS} "  # noqa: S608
                f"WHERE {FTS} MATCH %s AND rowid IN ({hidden})), NULL, NULL, NULL, 0"
            )
            params += [kind, expression, expression]
        return " UNION ALL ".join(parts), params

    def _page(self, plan, match_all, query, head, kind, offset, limit, hidden):
        """The page's rows: (1, kind, object_id, title, summary, body, position).

        Candidates are the first `wanted` entries by tier and score; the second tier is scored only when the
        first has fewer. With coverage, the first COVERAGE_WINDOW candidates are ordered by it.
        """
        with_coverage, wanted = candidates_wanted(plan, match_all, offset, limit)
        tier = (
            f"SELECT rowid AS id, %s AS tier, -bm25({FTS}, {WEIGHTS}) AS score FROM {FTS} "  # noqa: S608
            f"WHERE {FTS} MATCH %s AND rowid NOT IN ({hidden}) {{condition}} ORDER BY score DESC, id DESC LIMIT %s"
        )
        first = _of_kind(f"({query}) AND ({head})", kind)
        rest = _of_kind(f"({query}) NOT ({head})", kind)
        coverage, coverage_params = self._window_coverage(plan) if with_coverage else ("0", [])
        ranked, page = ranked_from_tiers(coverage, f"JOIN {FTS} f ON f.rowid = c.id" if with_coverage else "")
        sql = (
            f"SELECT 1, e.kind, e.object_id, e.title, e.summary, e.body, top.position FROM ("  # noqa: S608
            f"WITH first AS MATERIALIZED ({tier.format(condition='')}), "
            f"rest AS ({tier.format(condition='AND (SELECT COUNT(*) FROM first) < %s')}), "
            f"{ranked} {page}) top JOIN {ENTRIES} e ON e.id = top.id"
        )
        params = [
            *[1, first, wanted],
            *[0, rest, wanted, wanted],
            wanted,
            *coverage_params,
            limit,
            offset,
        ]
        return sql, params

    def _window_coverage(self, plan):
        """How many concepts a candidate covers, read from its stored stems (`f`, its FTS row)."""
        text = "(' ' || f.title || ' ' || f.summary || ' ' || f.body || ' ')"
        parts, params = [], []
        for concept in plan.concepts:
            tests = " OR ".join(f"instr({text}, %s) > 0" for _ in concept.alternatives)
            parts.append(f"(CASE WHEN {tests} THEN 1 ELSE 0 END)")
            params += [f" {' '.join(alternative)} " for alternative in concept.alternatives]
        return "(" + " + ".join(parts) + ")", params

    # The general statement (members reaching modules through locked words) matches and covers like this.

    def _match(self, plan, match_all):
        joiner = " AND " if match_all else " OR "
        expression = joiner.join(f"({_fts_concept(concept)})" for concept in plan.concepts)
        return (
            f"SELECT rowid AS rid, -bm25({FTS}, {WEIGHTS}) AS score FROM {FTS} WHERE {FTS} MATCH %s",  # noqa: S608
            [expression],
        )

    def _covers(self, concept):
        return f"e.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s)", [_fts_concept(concept)]  # noqa: S608
