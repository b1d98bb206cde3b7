"""One way to cut a listing into pages, shown by `templates/components/pagination.html`."""

from django.core.paginator import Paginator


def paginate(items, page_number, per_page):
    """The requested page of `items`; a missing, malformed or out-of-range number gives the nearest valid page.

    (Django's `get_page` alone sends `?page=0` or `?page=-1` to the last page, not the first.)
    """
    try:
        number = max(int(page_number), 1)
    except (TypeError, ValueError):
        number = 1
    return Paginator(items, per_page).get_page(number)
