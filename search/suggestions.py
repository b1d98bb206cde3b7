"""What to offer when the search box is empty or finds nothing: popular topics and near-miss spellings."""

import difflib

from django.apps import apps
from django.db.models import Count

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string


def popular_tags(limit=12):
    """Tags of live, public posts, most used first, as (name, slug, count)."""
    BlogPostPage = apps.get_model("blog", "BlogPostPage")
    BlogPostTag = apps.get_model("blog", "BlogPostTag")
    visible = BlogPostPage.objects.live().public().values("pk")
    return list(
        BlogPostTag.objects.filter(content_object__in=visible)
        .values_list("tag__name", "tag__slug")
        .annotate(uses=Count("pk"))
        .order_by("-uses", "tag__name")[:limit]
    )


def near_tags(query, limit=5):
    tags = {name.lower(): (name, slug) for name, slug, _ in popular_tags(limit=200)}
    matches = set()
    for word in [query.lower(), *query.lower().split()]:
        matches.update(difflib.get_close_matches(word, tags.keys(), n=limit, cutoff=0.7))
    return [tags[name] for name in sorted(matches)][:limit]


def promotions(query, request):
    """Editors' picks for this exact query, minus any page the reader may not see. Creates no Query rows."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = (
        set(Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True)) if page_ids else set()
    )
    shown = []
    for pick in picks:
        if pick.page_id and pick.page_id in visible:
            shown.append({"title": pick.page.title, "url": pick.page.get_url(request), "description": pick.description})
        elif not pick.page_id and pick.external_link_url:
            shown.append(
                {"title": pick.external_link_text, "url": pick.external_link_url, "description": pick.description}
            )
    return shown
