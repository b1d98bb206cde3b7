"""The search-server engine (Elasticsearch 8 / OpenSearch 2), checked through the requests it sends.

No server can run where this project is tested: a fake connection records the requests and answers searches
with canned responses. What a real server would rank is not checked here (see docs/operations.md).
"""

import pytest

from django.test import Client

from search.engines import get_engine
from search.engines.elasticsearch import ElasticsearchEngine, index_body, search_body
from search.pipeline import understand
from tests.factories.blog import BlogPostPageFactory, make_blog

SYNONYMS = [["rehab", "treatment centre", "residential treatment"]]
SERVER_SETTINGS = {"BACKEND": "search.backend", "ENGINE": "elasticsearch", "URLS": ["http://es:9200"], "INDEX": "t"}


class FakeIndices:
    def __init__(self):
        self.created = {}

    def exists(self, index):
        return index in self.created

    def create(self, index, body):
        self.created[index] = body

    def delete(self, index, ignore_unavailable):
        self.created.pop(index, None)


class FakeServer:
    def __init__(self):
        self.indices, self.bulks, self.searches, self.answer = FakeIndices(), [], [], []

    def bulk(self, body, refresh):
        self.bulks.append(body)

    def search(self, index, body):
        self.searches.append(body)
        hits = [{"_source": source} for source in self.answer]
        kinds = {source["kind"] for source in self.answer}
        buckets = [{"key": kind, "doc_count": sum(s["kind"] == kind for s in self.answer)} for kind in kinds]
        return {"hits": {"hits": hits}, "aggregations": {"kinds": {"buckets": buckets}}}


@pytest.fixture
def server(settings, monkeypatch):
    fake = FakeServer()
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS, "site": SERVER_SETTINGS}
    monkeypatch.setattr("search.engines.elasticsearch.client", lambda: fake)
    return fake


def concepts_of(body):
    public = body["query"]["bool"]["should"][0]["bool"]
    return public.get("must") or public["should"]


def test_the_index_stems_with_snowball_english_and_keeps_stop_words():
    analyzer = index_body()["settings"]["analysis"]["analyzer"]["site_text"]
    assert analyzer["filter"][-1] == "site_stemmer"
    assert index_body()["settings"]["analysis"]["filter"]["site_stemmer"] == {"type": "snowball", "language": "English"}
    assert "stop" not in str(analyzer)  # the pipeline drops stop words; "the and of" is still searchable
    assert {
        field["analyzer"]
        for name, field in index_body()["mappings"]["properties"].items()
        if name != "kind" and "analyzer" in field
    } == {"site_text"}


def test_the_pipeline_settles_stop_words_synonyms_and_phrases_before_the_server():
    body = search_body(understand('rehab for my son "tough love"', SYNONYMS), True, None, 0, 10)
    phrases = [[q["match_phrase"] for q in concept["dis_max"]["queries"]] for concept in concepts_of(body)]
    assert len(phrases) == 3  # the phrase, the synonym group, "son"; "for" and "my" dropped
    assert {"title": {"query": "tough love", "boost": 10}} in phrases[0]
    assert {"summary": {"query": "treatment centre", "boost": 4}} in phrases[1]
    assert {"body": {"query": "son", "boost": 1}} in phrases[2]


def test_all_words_must_match_and_any_word_adds_up():
    plan = understand("relapse son", SYNONYMS)
    assert "must" in search_body(plan, True, None, 0, 10)["query"]["bool"]["should"][0]["bool"]
    any_word = search_body(plan, False, None, 0, 10)["query"]["bool"]["should"][0]["bool"]
    assert any_word["minimum_should_match"] == 1 and len(any_word["should"]) == 2


def test_counts_cover_every_kind_while_one_kind_is_paged():
    body = search_body(understand("relapse"), True, "blog", 20, 10, hidden_page_ids=[7])
    assert body["aggs"]["kinds"]["terms"]["field"] == "kind"
    assert body["post_filter"] == {"term": {"kind": "blog"}}
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 10, True)
    assert body["query"]["bool"]["must_not"] == [{"terms": {"page_id": [7]}}]


def test_modules_found_in_locked_words_come_after_public_matches():
    body = search_body(understand("relapse"), True, None, 0, 10, locked_page_ids=[4])
    locked = body["query"]["bool"]["should"][1]["constant_score"]
    assert locked["filter"] == {"terms": {"page_id": [4]}} and locked["boost"] < 1


@pytest.mark.django_db
def test_settings_alone_move_the_site_search_to_the_server(server, home_page):
    assert isinstance(get_engine(), ElasticsearchEngine)
    post = BlogPostPageFactory(parent=make_blog(home_page), title="After a relapse")
    post.save_revision().publish()
    documents = [action for body in server.bulks for action in body if "title" in action]
    assert {"kind": "blog", "title": "After a relapse"}.items() <= documents[-1].items()

    server.answer = [{"kind": "blog", "object_id": post.pk, "title": post.title, "summary": "", "body": "He relapsed."}]
    response = Client().get("/search/", {"q": "relapsing"})
    assert [result.title for result in response.context["results"]] == ["After a relapse"]
    assert "<mark>relapsed</mark>" in response.context["results"][0].excerpt
    terms = [query["match_phrase"] for query in concepts_of(server.searches[0])[0]["dis_max"]["queries"]]
    assert {"title": {"query": "relapse", "boost": 10}} in terms  # the seeded synonym group of "relapsing"


@pytest.mark.django_db
def test_an_expired_page_is_left_out_by_the_readers_rule(server, home_page):
    import datetime

    from django.utils import timezone

    post = BlogPostPageFactory(parent=make_blog(home_page), title="Gone soon")
    post.save_revision().publish()
    BlogPostPageFactory._meta.model.objects.filter(pk=post.pk).update(expire_at=timezone.now() - datetime.timedelta(1))
    Client().get("/search/", {"q": "gone"})
    assert server.searches[-1]["query"]["bool"]["must_not"] == [{"terms": {"page_id": [post.pk]}}]
