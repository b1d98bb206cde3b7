"""Demo promoted search results: crisis words lead straight to the help page."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

PROMOTED = {
    "crisis": "Crisis lines and what to do right now.",
    "overdose": "What to do in an overdose, and who to call.",
    "988": "The 988 Lifeline and other help lines.",
}


def build(context):
    help_page = Page.objects.filter(slug="help").first()
    if help_page is None:
        return
    for words, description in PROMOTED.items():
        query = Query.get(words)
        if not SearchPromotion.objects.filter(query=query, page=help_page).exists():
            SearchPromotion.objects.create(query=query, page=help_page, description=description, sort_order=0)
            context.log(f"Promoted the help page for the search '{words}'.")
