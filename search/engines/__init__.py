"""The engine side of site search: one engine per database vendor, or a search server, chosen here only.

Every engine answers the same two questions for a `SearchPlan`: how many visible entries match, per kind, and
which ones rank first on a given page, in one request (one SQL statement on the databases). The database
engines store the same stems (see `search.language`); a search server stems with its own Snowball analyzer.
"""

from django.conf import settings
from django.db import connection

from search.engines.elasticsearch import ElasticsearchEngine
from search.engines.postgres import PostgresEngine
from search.engines.sqlite import SQLiteEngine

ENGINES = {"sqlite": SQLiteEngine, "postgresql": PostgresEngine}
SERVERS = {"elasticsearch": ElasticsearchEngine, "opensearch": ElasticsearchEngine}


def get_engine():
    """The search server named by the "site" backend's ENGINE setting, else the database's own engine."""
    server = settings.WAGTAILSEARCH_BACKENDS["site"].get("ENGINE")
    if server:
        return SERVERS[server]()
    try:
        return ENGINES[connection.vendor]()
    except KeyError:
        raise NotImplementedError(f"Site search has no engine for {connection.vendor}.") from None
