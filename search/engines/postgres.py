"""PostgreSQL: weighted tsvectors of stems on each entry, with GIN indexes.

`vector` holds the stems of title (weight A), summary (B) and body (C); `head` those of the title and summary
only. The stems are made in Python (see `search.language`), so the `simple` configuration only splits them: the
words matched are exactly those SQLite matches.

Ranking (`ts_rank`) is the expensive part of a search for a common word (it reads each match's vector), so a
reader's search ranks in two tiers, as on SQLite: entries matching in the title or summary first, then those
matching only in the body, ranked only when the first tier does not fill the page asked for. Matches are counted
per kind without ranking them.
"""

from django.db import connection

from search.engines.base import ENTRIES, DatabaseEngine, Hit, candidates_wanted, ranked_from_tiers
from search.language import stemmed_text
from search.models import SearchEntry

CONFIG = "simple"
WEIGHTS = "{0.1, 0.1, 0.4, 1.0}"  # D (unused), C body, B summary, A title
HEAD = f"setweight(to_tsvector('{CONFIG}', %s), 'A') || setweight(to_tsvector('{CONFIG}', %s), 'B')"
VECTOR = f"{HEAD} || setweight(to_tsvector('{CONFIG}', %s), 'C')"
REFILL_BATCH = 500


def _tsquery(concept):
    alternatives = [f"phraseto_tsquery('{CONFIG}', %s)" for _ in concept.alternatives]
    return "(" + " || ".join(alternatives) + ")", [" ".join(alternative) for alternative in concept.alternatives]


def _joined(concepts, joiner):
    parts, params = zip(*(_tsquery(concept) for concept in concepts), strict=True)
    return "(" + joiner.join(parts) + ")", [param for group in params for param in group]


class PostgresEngine(DatabaseEngine):
    def setup(self):
        """The GIN indexes, the vectors kept inside the entry's row (storage MAIN), and any missing `head`.

        With the default storage a post's vector (about 1.5 kB) goes to the TOAST table with its body, and each
        match and each rank fetched it from there again: a common word at 10,000 posts cost 110 ms instead of
        35 ms. `head` beside it went out of line too (the first tier read three times the table's pages). The
        body, read only for the ten results shown, still goes out of line. Rows written before the change keep
        their old place until `update_index --backend site` writes them again. Entries stored before `head`
        existed get it here, in batches.
        """
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE INDEX IF NOT EXISTS search_entry_vector_gin ON {ENTRIES} USING gin (vector)")
            cursor.execute(f"CREATE INDEX IF NOT EXISTS search_entry_head_gin ON {ENTRIES} USING gin (head)")
            cursor.execute(f"ALTER TABLE {ENTRIES} ALTER COLUMN vector SET STORAGE MAIN")
            cursor.execute(f"ALTER TABLE {ENTRIES} ALTER COLUMN head SET STORAGE MAIN")
        missing = SearchEntry.objects.filter(head__isnull=True, vector__isnull=False).order_by("pk")
        while batch := list(missing[:REFILL_BATCH]):
            self.store(batch)

    def store(self, entries):
        rows = []
        for entry in entries:
            title, summary, body = stemmed_text(entry.title), stemmed_text(entry.summary), stemmed_text(entry.body)
            rows.append((title, summary, body, title, summary, entry.pk))
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {ENTRIES} SET vector = {VECTOR}, head = {HEAD} WHERE id = %s", rows)  # noqa: S608

    def remove(self, entry_ids):
        """Nothing to do: the vectors live on the entry row."""

    def reset(self):
        """Nothing to do: the vectors live on the entry row."""

    def search(self, plan, match_all, kind, offset, limit, locked_page_ids=()):
        """As `DatabaseEngine.search`, in one statement: counts per kind without ranking, the page from two tiers.

        A member's search that reaches modules through their locked words takes the general statement.
        """
        if locked_page_ids:
            return super().search(plan, match_all, kind, offset, limit, locked_page_ids)
        query, query_params = _joined(plan.concepts, " && " if match_all else " || ")
        head, head_params = _joined(plan.concepts, " || ")
        pages, pages_params = self._hidden_pages()
        visible = "(e.page_id IS NULL OR e.page_id NOT IN (SELECT hidden_id FROM hidden))"
        kind_filter, kind_params = ("AND e.kind = %s", [kind]) if kind else ("", [])
        with_coverage, wanted = candidates_wanted(plan, match_all, offset, limit)
        coverage, coverage_params = self._coverage(plan) if with_coverage else ("0", [])
        ranked, page = ranked_from_tiers(coverage, f"JOIN {ENTRIES} e ON e.id = c.id" if with_coverage else "")
        rank = f"ts_rank('{WEIGHTS}', e.vector, {query}, 1)"
        matches = f"FROM {ENTRIES} e WHERE e.vector @@ {query} AND {visible}"  # noqa: S608
        in_head = f"e.head @@ {head}"
        sql = (
            f"WITH hidden (hidden_id) AS MATERIALIZED ({pages}), "  # noqa: S608
            f"first AS MATERIALIZED (SELECT e.id, 1 AS tier, {rank} AS score {matches} AND {in_head} "
            f"{kind_filter} ORDER BY score DESC, e.id DESC LIMIT %s), "
            f"rest AS (SELECT e.id, 0 AS tier, {rank} AS score {matches} AND NOT coalesce({in_head}, false) "
            f"{kind_filter} AND (SELECT COUNT(*) FROM first) < %s ORDER BY score DESC, e.id DESC LIMIT %s), "
            f"{ranked}, top AS ({page}) "
            f"SELECT 0, e.kind, COUNT(*), NULL, NULL, NULL, 0 {matches} GROUP BY e.kind UNION ALL "
            "SELECT 1, e.kind, e.object_id, e.title, e.summary, e.body, top.position "
            f"FROM top JOIN {ENTRIES} e ON e.id = top.id"
        )
        tier_params = [*query_params, *query_params]
        params = [
            *pages_params,
            *tier_params,
            *head_params,
            *kind_params,
            wanted,
            *tier_params,
            *head_params,
            *kind_params,
            wanted,
            wanted,
            wanted,
            *coverage_params,
            limit,
            offset,
            *query_params,
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        counts = {row[1]: row[2] for row in rows if row[0] == 0}
        ranked = sorted((row for row in rows if row[0] == 1), key=lambda row: row[6])
        return counts, [Hit(*row[1:6]) for row in ranked]

    # The general statement (members reaching modules through locked words) matches and covers like this.

    def _match(self, plan, match_all):
        query, params = _joined(plan.concepts, " && " if match_all else " || ")
        return (
            f"SELECT id AS rid, ts_rank('{WEIGHTS}', vector, {query}, 1) AS score "  # noqa: S608
            f"FROM {ENTRIES} WHERE vector @@ {query}",
            [*params, *params],
        )

    def _covers(self, concept):
        query, params = _tsquery(concept)
        return f"e.vector @@ {query}", params
