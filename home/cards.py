"""Cards for pages editors choose (the home page's "Start here"), drawn by the app that owns each page type.

home sits below the apps whose pages it shows, so it asks each chosen page's class, not the app:
- `card_queryset()` (classmethod): the pages of that type readers may see, ready for a card (prefetched);
- `card_template` and `card_context()`: the template that draws the card and what it needs.
A page type without them gets a plain card (title, description, link). One query per page type chosen, whatever
the number of pages; a chosen page that readers may not see (draft, private, expired) is left out.
"""

from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string

from home.visibility import visible_to_readers

PLAIN_CARD = "components/page_card.html"


def cards(pages):
    """Rendered cards for `pages` (base Page objects, in the editor's order)."""
    by_type = {}
    for page in pages:
        by_type.setdefault(page.content_type_id, []).append(page.pk)
    found = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        queryset = model.card_queryset() if hasattr(model, "card_queryset") else visible_to_readers(model.objects)
        found.update((page.pk, page) for page in queryset.filter(pk__in=pks))
    return [found[page.pk] for page in pages if page.pk in found]


def render_card(page, request):
    template = getattr(page, "card_template", PLAIN_CARD)
    context = page.card_context() if hasattr(page, "card_context") else {"card_page": page}
    return render_to_string(template, {**context, "request": request}, request=request)
