"""PostgreSQL: a weighted tsvector of stems on each entry (title A, summary B, body C) with a GIN index.

The stems are made in Python (see `search.language`), so the `simple` configuration only splits them: the
words matched are exactly those SQLite matches.
"""

from django.db import connection

from search.engines.base import ENTRIES, ENTRY_COLUMNS, DatabaseEngine
from search.language import stemmed_text

CONFIG = "simple"
WEIGHTS = "{0.1, 0.1, 0.4, 1.0}"  # D (unused), C body, B summary, A title
VECTOR = (
    f"setweight(to_tsvector('{CONFIG}', %s), 'A') || setweight(to_tsvector('{CONFIG}', %s), 'B') "
    f"|| setweight(to_tsvector('{CONFIG}', %s), 'C')"
)


def _tsquery(concept):
    alternatives = [f"phraseto_tsquery('{CONFIG}', %s)" for _ in concept.alternatives]
    return "(" + " || ".join(alternatives) + ")", [" ".join(alternative) for alternative in concept.alternatives]


class PostgresEngine(DatabaseEngine):
    def setup(self):
        """The GIN index, and the vector kept inside the entry's row (storage MAIN).

        With the default storage a post's vector (about 1.5 kB) goes to the TOAST table with its body, and each
        match and each rank fetched it from there again: a common word at 10,000 posts cost 110 ms instead of
        35 ms. The body, read only for the ten results shown, still goes out of line. Rows written before the
        change keep their old place until `update_index --backend site` writes them again.
        """
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE INDEX IF NOT EXISTS search_entry_vector_gin ON {ENTRIES} USING gin (vector)")
            cursor.execute(f"ALTER TABLE {ENTRIES} ALTER COLUMN vector SET STORAGE MAIN")

    def store(self, entries):
        rows = [(stemmed_text(e.title), stemmed_text(e.summary), stemmed_text(e.body), e.pk) for e in entries]
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {ENTRIES} SET vector = {VECTOR} WHERE id = %s", rows)  # noqa: S608

    def remove(self, entry_ids):
        """Nothing to do: the vector lives on the entry row."""

    def reset(self):
        """Nothing to do: the vector lives on the entry row."""

    def _query(self, plan, match_all):
        joiner = " && " if match_all else " || "
        parts, params = zip(*(_tsquery(concept) for concept in plan.concepts), strict=True)
        return "(" + joiner.join(parts) + ")", [param for group in params for param in group]

    def _match(self, plan, match_all):
        query, params = self._query(plan, match_all)
        return (
            f"SELECT id AS rid, ts_rank('{WEIGHTS}', vector, {query}, 1) AS score "  # noqa: S608
            f"FROM {ENTRIES} WHERE vector @@ {query}",
            [*params, *params],
        )

    def _source(self, plan, match_all, locked_page_ids):
        """Matches read straight from the entries: no join back to them, and the rank computed only when the
        query orders by it (PostgreSQL leaves an unused column of a subquery uncomputed)."""
        if locked_page_ids:
            return super()._source(plan, match_all, locked_page_ids)
        query, params = self._query(plan, match_all)
        columns = ", ".join(ENTRY_COLUMNS)
        return (
            f"(SELECT {columns}, ts_rank('{WEIGHTS}', vector, {query}, 1) AS score "  # noqa: S608
            f"FROM {ENTRIES} WHERE vector @@ {query}) e",
            [*params, *params],
        )

    def _covers(self, concept):
        query, params = _tsquery(concept)
        return f"e.vector @@ {query}", params
