"""The kinds of content site search lists, imported openly. Any other live page is listed as a plain "page".

Each model offers `search_candidates()` (what any reader may find, prefetched for display) and
`search_result(request)` (what a result shows: label, title, url, summary, optional date and authors).
"""

from wagtail.models import Page

from authors.models import Author
from blog.models import BlogPostPage
from learning.models import LearningModulePage

KINDS = {"blog": BlogPostPage, "learning": LearningModulePage, "authors": Author}
OTHER_PAGES = "page"


def kind_of(obj):
    """The kind an object is listed as, or None when site search does not list it (images, locked text …)."""
    for kind, model in KINDS.items():
        if isinstance(obj, model):
            return kind
    if isinstance(obj, Page):
        return OTHER_PAGES if obj.depth > 1 else None
    return None
