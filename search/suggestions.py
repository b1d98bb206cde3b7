"""What to offer when the search box is empty or finds nothing: popular topics and near-miss spellings."""

import difflib

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from blog.models import BlogPostPage


def popular_tags(limit=12):
    """Tags of posts readers may see, most used first."""
    return list(BlogPostPage.popular_tags(limit))


def near_tags(query, limit=5):
    tags = {tag.name.lower(): (tag.name, tag.slug) for tag in popular_tags(limit=200)}
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
