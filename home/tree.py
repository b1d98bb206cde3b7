"""Pages of a type that only ever sits directly under its parent, found the way the database finds fastest."""


def children_below(queryset, parent):
    """The pages of `queryset` under `parent`, for page types whose only place is directly under it (a blog's
    posts, the programme's modules, the one blog or programme under the home page): the pages `child_of` finds.

    `child_of` also asks for an exact tree depth, and that equality leads SQLite to read (and, for a listing,
    sort) the whole page table instead of walking an index and stopping at the rows shown: 10 ms against 0.03 ms
    for a page of posts at 10,000 posts (tests/blog/test_listing_plans.py). Below the parent is the same set here.
    """
    return queryset.descendant_of(parent)


def single_page_below(queryset, parent):
    """The page of `queryset` under `parent`, or None, for page types a site has once (the blog, the programme).

    Taken in id order: in tree order (`first()`'s default for pages) the database walks every page under the
    parent to find it, instead of starting from the page type's own table of one row."""
    return children_below(queryset, parent).order_by("pk").first()
