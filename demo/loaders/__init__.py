"""The loaders `seed_demo` runs, in order: each reads one kind of content from demo/data/ and is idempotent."""

from .accounts import load_accounts
from .authors import load_authors
from .blog import load_blog, load_posts
from .contact import load_contact
from .learning import load_learning, load_modules
from .resources import load_resources
from .search import load_promotions
from .site import load_home, load_home_choices, load_pages, load_site_settings

LOADERS = [
    load_home,
    load_contact,
    load_pages,
    load_site_settings,
    load_accounts,
    load_authors,
    load_resources,
    load_blog,
    load_posts,
    load_learning,
    load_modules,
    load_home_choices,
    load_promotions,
]
