"""Site search: relevance, safety (drafts, expiry, locked text), promotions, logging and bad input."""

import datetime

import pytest

from django.test import Client
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchQueryLog
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.learning import LOCKED_WORDS, UserFactory, make_learning, member_user


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


def indexed(page):
    """Publish again, as the admin does: a page's first save indexes it before its tags and authors are saved."""
    page.save_revision().publish()
    return page


def search(q, client=None, **params):
    response = (client or Client()).get("/search/", {"q": q, **params})
    assert response.status_code == 200
    return response


def titles(response):
    return [result.title for result in response.context["results"]]


@pytest.mark.django_db
class TestRelevance:
    def test_title_match_outranks_body_only_match(self, blog):
        BlogPostPageFactory(
            parent=blog,
            title="Ordinary evenings",
            intro="A post about family dinners.",
            body=[("paragraph", "<p>Our daughter talked about naloxone once over dinner.</p>")],
        )
        BlogPostPageFactory(parent=blog, title="Naloxone: what families should know", intro="A short guide.")
        found = titles(search("naloxone"))
        assert found[0] == "Naloxone: what families should know"
        assert "Ordinary evenings" in found

    def test_tag_match_is_found(self, blog):
        indexed(BlogPostPageFactory(parent=blog, title="A quiet Sunday", tags=["boundaries"]))
        assert "A quiet Sunday" in titles(search("boundaries"))

    def test_author_name_finds_the_author_and_their_posts(self, blog):
        author = AuthorFactory(name="Henrietta Quillfeather")
        indexed(BlogPostPageFactory(parent=blog, title="Letters to my son", authors=[author]))
        found = titles(search("Quillfeather"))
        assert "Letters to my son" in found and "Henrietta Quillfeather" in found

    def test_an_author_result_shows_the_words_of_the_bio_not_its_markup(self, blog):
        AuthorFactory(name="Henrietta Quillfeather", bio="<p>Writes about <b>boundaries</b> &amp; hope.</p>")
        html = search("Quillfeather").content.decode()
        assert "Writes about boundaries &amp; hope." in html
        assert "&lt;p&gt;" not in html and "&amp;amp;" not in html

    def test_plural_and_singular_find_each_other(self, blog):
        BlogPostPageFactory(parent=blog, title="Small rewards that help", intro="Rewards matter.")
        assert "Small rewards that help" in titles(search("reward"))

    def test_type_filter_and_counts(self, blog, home_page):
        BlogPostPageFactory(parent=blog, title="Hope after relapse")
        AuthorFactory(name="Hope Marlow")
        response = search("hope", type="authors")
        assert titles(response) == ["Hope Marlow"]
        assert response.context["counts"]["blog"] == 1 and response.context["counts"]["authors"] == 1

    def test_results_show_type_date_authors_and_highlighted_excerpt(self, blog):
        author = AuthorFactory(name="Ada Brook")
        BlogPostPageFactory(
            parent=blog, title="Talking after a relapse", intro="What to say after a relapse.", authors=[author]
        )
        html = search("relapse").content.decode()
        assert "Blog post" in html and "Ada Brook" in html
        assert "<mark>relapse</mark>" in html

    def test_ten_results_per_page_and_paging(self, blog):
        for n in range(12):
            BlogPostPageFactory(parent=blog, title=f"Hope story {n}")
        first, second = search("hope"), search("hope", page=2)
        assert len(first.context["results"]) == 10 and len(second.context["results"]) == 2
        assert search("hope", page="999").context["page_obj"].number == 2


@pytest.mark.django_db
class TestOnlyWhatAReaderMaySee:
    def test_drafts_and_never_published_pages_are_not_found(self, blog):
        post = BlogPostPageFactory(parent=blog, title="Published post")
        post.body = [("paragraph", "<p>draftonlyword</p>")]
        post.save_revision()  # a draft edit of a live page
        BlogPostPageFactory(parent=blog, title="Never published quokkaword", live=False)
        assert titles(search("draftonlyword")) == []
        assert titles(search("quokkaword")) == []

    def test_expired_pages_are_not_found(self, blog):
        BlogPostPageFactory(
            parent=blog, title="Expired wombatword", expire_at=timezone.now() - datetime.timedelta(hours=1)
        )
        assert titles(search("wombatword")) == []

    def test_private_pages_are_not_found(self, blog):
        from wagtail.models import PageViewRestriction

        post = BlogPostPageFactory(parent=blog, title="Private narwhalword")
        PageViewRestriction.objects.create(page=post, restriction_type="login")
        assert titles(search("narwhalword")) == []

    def test_locked_words_find_nothing_for_outsiders_and_the_module_for_members(self, home_page):
        _, modules = make_learning(home_page, modules=2)
        for client in (Client(), _client_for(UserFactory())):
            html = search(LOCKED_WORDS["body"], client).content.decode()
            assert modules[0].title not in html
        member = _client_for(member_user())
        results = search(LOCKED_WORDS["body"], member).context["results"]
        assert sorted(result.title for result in results) == sorted(module.title for module in modules)
        assert LOCKED_WORDS["body"] not in results[0].excerpt  # excerpts come from public text only

    def test_draft_edits_of_a_live_module_are_not_searchable_even_for_members(self, home_page):
        _, modules = make_learning(home_page, modules=1)
        module = modules[0]
        module.body = [("paragraph", "<p>draftlockedword</p>")]
        module.save_revision()
        assert titles(search("draftlockedword", _client_for(member_user()))) == []

    def test_module_public_summary_is_found_by_everyone(self, home_page):
        _, modules = make_learning(home_page, modules=1)
        assert modules[0].title in titles(search("sober"))

    def test_suggestions_return_public_titles_only(self, blog, home_page):
        BlogPostPageFactory(parent=blog, title="Relapse is not the end")
        BlogPostPageFactory(parent=blog, title="Relapse draft", live=False)
        data = Client().get("/search/suggest/", {"q": "relap"}).json()
        assert [item["title"] for item in data["suggestions"]] == ["Relapse is not the end"]


def _client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
class TestPromotionsAndLog:
    def test_promotion_shown_for_its_query(self, blog):
        post = BlogPostPageFactory(parent=blog, title="Crisis lines")
        SearchPromotion.objects.create(query=Query.get("crisis"), page=post, description="Call now.", sort_order=0)
        html = search("Crisis").content.decode()
        assert "Recommended" in html and "Call now." in html

    def test_promotion_to_a_page_the_reader_may_not_see_is_dropped(self, blog):
        post = BlogPostPageFactory(parent=blog, title="Unpublished help", live=False)
        SearchPromotion.objects.create(query=Query.get("crisis"), page=post, sort_order=0)
        assert "Unpublished help" not in search("crisis").content.decode()

    def test_searching_creates_no_promotion_query_rows(self, blog):
        for n in range(5):
            search(f"random words {n}")
        assert not Query.objects.exists()

    def test_log_counts_words_only(self, blog):
        BlogPostPageFactory(parent=blog, title="Hope")
        search("  HOPE ")
        search("hope", page=2)  # paging is not a new search
        search("zzzznothing")
        rows = {row.query: (row.hits, row.results) for row in SearchQueryLog.objects.all()}
        assert rows == {"hope": (1, 1), "zzzznothing": (1, 0)}
        assert {field.name for field in SearchQueryLog._meta.fields} == {"id", "query", "date", "hits", "results"}

    def test_purge_command_drops_old_rows(self):
        from django.core.management import call_command

        SearchQueryLog.objects.create(query="old", date=timezone.localdate() - datetime.timedelta(days=200), hits=1)
        SearchQueryLog.objects.create(query="new", date=timezone.localdate(), hits=1)
        call_command("purge_search_log", days=90)
        assert list(SearchQueryLog.objects.values_list("query", flat=True)) == ["new"]


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize(
        "q",
        [
            '"unbalanced',
            "x\x00y",
            "😀 help",
            "AND OR NOT",
            "NEAR(a b)",
            "*",
            "-",
            "a:b",
            "^x",
            "<script>alert(1)</script>",
        ],
    )
    def test_odd_queries_return_a_normal_page(self, blog, q):
        response = search(q, type="nonsense", page="abc")
        assert "<script>x</script>" not in response.content.decode()

    def test_very_long_query_is_cut_not_refused(self, blog):
        response = search("a" * 10_000)
        assert len(response.context["query"]) == 200

    def test_empty_query_shows_popular_topics(self, blog):
        BlogPostPageFactory(parent=blog, tags=["relapse"])
        html = search("").content.decode()
        assert "Popular topics" in html and "/blog/tag/relapse/" in html

    def test_no_results_suggests_near_tags_and_help(self, blog):
        BlogPostPageFactory(parent=blog, tags=["boundaries"])
        html = search("boundries").content.decode()
        assert "Did you mean" in html and "boundaries" in html
        assert "Browse the blog" in html

    def test_search_is_rate_limited(self, blog, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": (3, 60)}
        client = Client()
        codes = [client.get("/search/", {"q": "hope"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
