"""SQLite: an FTS5 table of stems beside the entries, ranked by BM25 with the title weighed most."""

from django.db import connection

from search.engines.base import DatabaseEngine
from search.language import stemmed_text

FTS = "search_entry_fts"
WEIGHTS = "10.0, 4.0, 1.0"  # title, summary, body


def _fts_string(stems):
    """One FTS5 string: a word, or a phrase when there are several. Stems are letters and digits only."""
    return '"' + " ".join(stem.replace('"', "") for stem in stems) + '"'


def _fts_concept(concept):
    return "(" + " OR ".join(_fts_string(alternative) for alternative in concept.alternatives) + ")"


class SQLiteEngine(DatabaseEngine):
    def setup(self):
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(title, summary, body, "
                "tokenize = 'unicode61 remove_diacritics 2')"
            )

    def store(self, entries):
        rows = [(e.pk, stemmed_text(e.title), stemmed_text(e.summary), stemmed_text(e.body)) for e in entries]
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS} WHERE rowid = %s", [(row[0],) for row in rows])  # noqa: S608
            cursor.executemany(f"INSERT INTO {FTS} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)", rows)  # noqa: S608

    def remove(self, entry_ids):
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS} WHERE rowid = %s", [(entry_id,) for entry_id in entry_ids])  # noqa: S608

    def reset(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS}")  # noqa: S608

    def _match(self, plan, match_all):
        joiner = " AND " if match_all else " OR "
        expression = joiner.join(_fts_concept(concept) for concept in plan.concepts)
        return (
            f"SELECT rowid AS rid, -bm25({FTS}, {WEIGHTS}) AS score FROM {FTS} WHERE {FTS} MATCH %s",  # noqa: S608
            [expression],
        )

    def _covers(self, concept):
        return f"e.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s)", [_fts_concept(concept)]  # noqa: S608
