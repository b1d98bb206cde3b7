"""Promoted search results (promotions.yaml): crisis words lead straight to the help page."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from ..files import read_yaml
from ..pages import page_at


def load_promotions(context):
    for promotion in read_yaml("promotions.yaml")["promotions"]:
        query, page = Query.get(promotion["query"]), page_at(promotion["page"])
        if not SearchPromotion.objects.filter(query=query, page=page).exists():
            SearchPromotion.objects.create(query=query, page=page, description=promotion["description"], sort_order=0)
            context.log(f"Promoted {promotion['page']} for the search '{promotion['query']}'.")
