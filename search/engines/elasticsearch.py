"""Elasticsearch 8 or OpenSearch 2: the site index as one document per `SearchEntry`, for sites past PostgreSQL.

Chosen by settings alone (`SEARCH_BACKEND` naming Wagtail's elasticsearch8 or opensearch2 backend, see
`settings/base.py`). The query pipeline is the one every engine uses (`search.pipeline`): stop words, synonyms
and phrases are settled before a query reaches the engine, and the engine's analyzer does the stemming with
the same Snowball English algorithm `search.language` runs in Python for the databases.

Request bodies are built by pure functions (`index_body`, `document`, `search_body`), so they can be checked
without a server; the client calls are kept to `ElasticsearchEngine`'s few methods.
"""

from django.conf import settings

from wagtail.models import Page

from home.visibility import hidden_from_readers
from search.engines.base import Hit

FIELDS = {"title": 10, "summary": 4, "body": 1}  # as the databases weigh them: title, summary, body
ANALYZER = "site_text"
MAX_COUNTED_KINDS = 10
LOCKED_ONLY_BOOST = 0.001  # below any public match's score: modules found only through their locked words last


def index_body():
    """Settings and mappings of the site index. Stop words stay in the index so phrases line up and a query of
    only stop words is searched as typed (the pipeline drops them from every other query)."""
    return {
        "settings": {
            "analysis": {
                "filter": {"site_stemmer": {"type": "snowball", "language": "English"}},
                "analyzer": {
                    ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", "site_stemmer"],
                    }
                },
            }
        },
        "mappings": {
            "properties": {
                "kind": {"type": "keyword"},
                "page_id": {"type": "long"},
                "object_id": {"type": "long"},
                **{field: {"type": "text", "analyzer": ANALYZER} for field in FIELDS},
            }
        },
    }


def document(entry):
    """The indexed document of one `SearchEntry`; its id is the entry's."""
    return {
        "kind": entry.kind,
        "page_id": entry.page_id,
        "object_id": entry.object_id,
        "title": entry.title,
        "summary": entry.summary,
        "body": entry.body,
    }


def _concept_query(concept):
    """Matched when any alternative is found as a phrase in any field; a title match scores most."""
    return {
        "dis_max": {
            "queries": [
                {"match_phrase": {field: {"query": term, "boost": boost}}}
                for term in concept.terms
                for field, boost in FIELDS.items()
            ]
        }
    }


def search_body(plan, match_all, kind, offset, limit, locked_page_ids=(), hidden_page_ids=()):
    """The search request: matches counted per kind (an aggregation over every visible match), one page of hits
    of `kind` (or all kinds), ranked by score. With any word, each concept matched adds to the score, so pages
    covering more concepts come first, as on the databases."""
    concepts = [_concept_query(concept) for concept in plan.concepts]
    public = {"bool": {"must": concepts}} if match_all else {"bool": {"should": concepts, "minimum_should_match": 1}}
    should = [public]
    if locked_page_ids:  # modules the access rule found through their locked words: after every public match
        should.append(
            {"constant_score": {"filter": {"terms": {"page_id": list(locked_page_ids)}}, "boost": LOCKED_ONLY_BOOST}}
        )
    query = {"bool": {"should": should, "minimum_should_match": 1}}
    if hidden_page_ids:
        query["bool"]["must_not"] = [{"terms": {"page_id": list(hidden_page_ids)}}]
    body = {
        "query": query,
        "aggs": {"kinds": {"terms": {"field": "kind", "size": MAX_COUNTED_KINDS}}},
        "from": offset,
        "size": limit,
        "track_total_hits": True,
        "sort": ["_score", {"object_id": "desc"}],
        "_source": ["kind", "object_id", "title", "summary", "body"],
    }
    if kind:
        body["post_filter"] = {"term": {"kind": kind}}  # the counts still cover every kind
    return body


def read_response(response):
    """({kind: count}, [Hit]) from a search response."""
    counts = {bucket["key"]: bucket["doc_count"] for bucket in response["aggregations"]["kinds"]["buckets"]}
    hits = [
        Hit(
            kind=hit["_source"]["kind"],
            object_id=hit["_source"]["object_id"],
            title=hit["_source"]["title"],
            summary=hit["_source"]["summary"],
            body=hit["_source"]["body"],
        )
        for hit in response["hits"]["hits"]
    ]
    return counts, hits


def site_settings():
    return settings.WAGTAILSEARCH_BACKENDS["site"]


def client():
    """The client for the configured engine: `elasticsearch` (Elasticsearch 8) or `opensearch-py` (OpenSearch 2),
    installed with the backend Wagtail uses for the admin."""
    config = site_settings()
    if config["ENGINE"] == "opensearch":
        from opensearchpy import OpenSearch

        return OpenSearch(config["URLS"])
    from elasticsearch import Elasticsearch

    return Elasticsearch(config["URLS"])


class ElasticsearchEngine:
    """The engine interface of `search.engines` (setup, store, remove, reset, search) over a search server."""

    def __init__(self, connection=None):
        self.connection = connection or client()
        self.index = site_settings().get("INDEX", "site-search")

    def setup(self):
        if not self.connection.indices.exists(index=self.index):
            self.connection.indices.create(index=self.index, body=index_body())

    def store(self, entries):
        actions = []
        for entry in entries:
            actions += [{"index": {"_index": self.index, "_id": entry.pk}}, document(entry)]
        if actions:
            self.connection.bulk(body=actions, refresh=True)

    def remove(self, entry_ids):
        actions = [{"delete": {"_index": self.index, "_id": entry_id}} for entry_id in entry_ids]
        if actions:
            self.connection.bulk(body=actions, refresh=True)

    def reset(self):
        self.connection.indices.delete(index=self.index, ignore_unavailable=True)
        self.setup()

    def search(self, plan, match_all, kind, offset, limit, locked_page_ids=()):
        body = search_body(plan, match_all, kind, offset, limit, locked_page_ids, hidden_page_ids())
        return read_response(self.connection.search(index=self.index, body=body))


def hidden_page_ids():
    """Live pages readers may not see now (expired, or under a view restriction), by the readers' rule: the
    few indexed pages a search must leave out (a page leaves the index when it is unpublished)."""
    return list(hidden_from_readers(Page.objects.live()).values_list("pk", flat=True))
