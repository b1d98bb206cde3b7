"""The judged corpus (tests.search.corpus) as pages: used by the relevance tests and by bench/search_benchmark.py."""

from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.learning import LearningIndexPageFactory, LearningModulePageFactory
from tests.search.corpus import MODULES, POSTS


def build_judged_corpus(home_page):
    """A blog with the judged posts and a learning index with the judged modules under `home_page`; the blog."""
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
    return blog
