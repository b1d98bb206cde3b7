"""The database side of site search: one engine per database vendor, chosen here and nowhere else.

Both engines store the same stems (see `search.language`) and answer the same two questions for a
`SearchPlan`: how many visible entries match, per kind, and which ones rank first on a given page. Ranking,
counting and pagination all happen in one SQL statement each.
"""

from django.db import connection

from search.engines.postgres import PostgresEngine
from search.engines.sqlite import SQLiteEngine

ENGINES = {"sqlite": SQLiteEngine, "postgresql": PostgresEngine}


def get_engine():
    try:
        return ENGINES[connection.vendor]()
    except KeyError:
        raise NotImplementedError(f"Site search has no engine for {connection.vendor}.") from None
