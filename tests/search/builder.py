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


def title_and_body_matches(blog, in_title, in_body):
    """Posts matching "naloxone" in their title ("Naloxone guide N") and only in their body ("An ordinary evening
    N"), for the tests of the two ranking tiers."""
    for n in range(in_title):
        BlogPostPageFactory(parent=blog, title=f"Naloxone guide {n}", intro="What to keep at home.")
    for n in range(in_body):
        BlogPostPageFactory(
            parent=blog,
            title=f"An ordinary evening {n}",
            intro="Dinner and a walk.",
            body=[("paragraph", "<p>We keep naloxone in the kitchen drawer, just in case.</p>")],
        )
