from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control, patch_vary_headers

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from accounts import ratelimit
from authors.models import Author
from search.logging import log_search
from search.query import SEARCH_TYPES, backend_query, clean_query, clean_type
from search.results import SiteSearch
from search.suggestions import near_tags, popular_tags, promotions

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
COUNTED_KINDS = ("blog", "learning", "authors")


def search(request):
    if not ratelimit.hit("search", ratelimit.client_ip(request)):
        return ratelimit.too_many_requests(request, "search")
    query = clean_query(request.GET.get("q", ""))
    kind = clean_type(request.GET.get("type", "all"))
    context = {"query": query, "kind": kind, "search_types": SEARCH_TYPES}

    if not query:
        context["popular_tags"] = popular_tags()
        return _private(render(request, "search/search.html", context))

    shown_kind = None if kind == "all" else kind
    site_search = SiteSearch(request, query, window=(shown_kind, _offset(request), RESULTS_PER_PAGE))
    if site_search.plan.is_empty:  # only punctuation or symbols: nothing to look for
        context["near_tags"], context["counts"] = [], {}
        return _private(render(request, "search/search.html", context))
    counts = site_search.counts()
    everything = sum(counts.values())
    total = everything if kind == "all" else counts.get(kind, 0)
    ranked = site_search.ranked(shown_kind, total)
    page = Paginator(ranked, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context.update(
        {
            "page_obj": page,
            "results": page.object_list,
            "total": total,
            "counts": {"all": everything, **{name: counts.get(name, 0) for name in COUNTED_KINDS}},
            "any_word": bool(everything) and not site_search.match_all,
            "corrected_from": site_search.corrected_from,
            "searched_for": site_search.plan.text,
            "promotions": promotions(query, request) if page.number == 1 else [],
        }
    )
    if not everything:
        context["near_tags"] = near_tags(query)
    if request.GET.get("page", "1") == "1" and kind == "all":  # paging or filtering is not a new search
        log_search(query, everything)
    return _private(render(request, "search/search.html", context))


def _offset(request):
    """Where the requested page of results starts (the Paginator may still move a page past the end back)."""
    number = request.GET.get("page", "1")
    return (int(number) - 1) * RESULTS_PER_PAGE if number.isdigit() and 0 < int(number) < 10_000 else 0


def suggest(request):
    """As-you-type suggestions: titles of public pages and author names. Public text only."""
    if not ratelimit.hit("search", ratelimit.client_ip(request)):
        return ratelimit.too_many_requests(request, "search")
    query = backend_query(clean_query(request.GET.get("q", "")))
    if len(query) < 2:
        return _private(JsonResponse({"suggestions": []}))
    pages = Page.objects.live().public().exclude(depth__lte=2).autocomplete(query)[:SUGGESTIONS]
    suggestions = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    suggestions += [
        {"title": shown["title"], "url": shown["url"]}
        for shown in (
            author.search_result(request)
            for author in get_search_backend().autocomplete(query, Author.search_candidates())[
                : SUGGESTIONS - len(suggestions)
            ]
        )
    ]
    return _private(JsonResponse({"suggestions": suggestions}))


def _private(response):
    """Results can differ per reader (members find more), so no shared cache may keep them."""
    patch_cache_control(response, private=True, max_age=0)
    patch_vary_headers(response, ["Cookie"])
    return response
