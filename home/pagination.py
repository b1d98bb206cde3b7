"""One way to cut a listing into pages, shown by `templates/components/pagination.html`."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from home.content_generation import fragment


class KeptCountPaginator(Paginator):
    """A paginator whose item count is kept with the content generation under `count_name`.

    Counting a listing reads every row of it (at 10,000 posts 5-10 ms on SQLite, on every page of it); publishing,
    unpublishing or moving a post starts a new generation, and an expired post is counted at most
    `FRAGMENT_SECONDS` longer.
    """

    def __init__(self, items, per_page, count_name):
        super().__init__(items, per_page)
        self.count_name = count_name

    @cached_property
    def count(self):
        return fragment(f"count:{self.count_name}", lambda: Paginator.count.func(self))


def paginate(items, page_number, per_page, count_name=None):
    """The requested page of `items`; a missing, malformed or out-of-range number gives the nearest valid page.

    (Django's `get_page` alone sends `?page=0` or `?page=-1` to the last page, not the first.) With `count_name`,
    naming what `items` holds for every reader, their number is kept rather than counted on each request.
    """
    try:
        number = max(int(page_number), 1)
    except (TypeError, ValueError):
        number = 1
    paginator = Paginator(items, per_page) if count_name is None else KeptCountPaginator(items, per_page, count_name)
    return paginator.get_page(number)
