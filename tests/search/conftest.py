import pytest

from django.core.management import call_command

from blog.models import BlogPostPage
from search.models import Synonym
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.learning import LearningIndexPageFactory, LearningModulePageFactory
from tests.search.corpus import MODULES, POSTS


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()


def rebuild_site_index():
    call_command("update_index", backend_name="site", verbosity=0)


@pytest.fixture
def corpus(home_page):
    """The judged corpus: 34 posts and 4 modules written for the relevance tests, indexed as after a rebuild."""
    blog = make_blog(home_page)
    author = AuthorFactory(name="Staff Writer")
    for n, (slug, title, intro, paragraphs, tags) in enumerate(POSTS):
        BlogPostPageFactory(
            parent=blog,
            slug=slug,
            title=title,
            intro=intro,
            body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs],
            tags=tags,
            authors=[author],
            featured_image=None,
            date=f"2026-01-{n % 28 + 1:02d}",
        )
    learning = LearningIndexPageFactory(parent=home_page)
    for slug, number, title, summary, points in MODULES:
        LearningModulePageFactory(
            parent=learning, slug=slug, number=number, title=title, summary=summary, what_you_will_learn=points
        )
    rebuild_site_index()
    assert BlogPostPage.objects.count() == len(POSTS)
    assert Synonym.objects.exists()  # the seeded list, from the data migration
    return blog
