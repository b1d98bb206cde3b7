"""Search benchmark: 10,000 generated blog posts, then timed /search/ requests.

Usage: python bench/search_benchmark.py [--posts 10000] [--requests 200]
The database comes from DATABASE_URL (default: SQLite at var/bench.sqlite3). The generated corpus is kept and
reused on the next run. Prints the median and 95th-percentile time per search request.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.test")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}")

import django

django.setup()

from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.test.utils import override_settings

WORDS = [
    "family",
    "hope",
    "relapse",
    "recovery",
    "sober",
    "talking",
    "boundaries",
    "naloxone",
    "treatment",
    "support",
    "parent",
    "partner",
    "son",
    "daughter",
    "evening",
    "weekend",
    "reward",
    "listen",
    "calm",
    "plan",
    "safety",
    "worry",
    "trust",
    "change",
    "habit",
    "craving",
    "counselor",
    "meeting",
    "kindness",
    "patience",
    "honest",
    "routine",
    "dinner",
    "walk",
    "music",
    "garden",
    "morning",
    "letter",
    "promise",
    "courage",
    "rest",
    "sleep",
    "friend",
    "sister",
    "brother",
    "school",
    "work",
    "money",
    "anger",
    "fear",
    "tired",
    "laugh",
    "home",
    "night",
    "phone",
    "help",
    "together",
    "step",
    "choice",
    "pressure",
]
QUERIES = [
    "relapse",
    "naloxone",
    "what do I say",
    "sober weekend",
    "boundaries",
    "hope",
    "treatment plan",
    "calm evening talk",
    "zzzz nothing",
    "courage",
]


def vocabulary():
    """The topical words among 3,000 made-up ones, with Zipf-like frequencies as in real text."""
    syllables = ["ba", "ce", "di", "fo", "gu", "ha", "ke", "li", "mo", "nu", "pa", "re", "si", "to", "vu"]
    made_up = [a + b + c for a in syllables for b in syllables for c in syllables][: 3000 - len(WORDS)]
    words = []
    for n, word in enumerate(made_up):
        words.append(word)
        if n % 35 == 10 and n // 35 < len(WORDS):
            words.append(WORDS[n // 35])
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


VOCABULARY, WEIGHTS = vocabulary()


def sentence(rng, words):
    return " ".join(rng.choices(VOCABULARY, weights=WEIGHTS, k=words)).capitalize() + "."


def build_corpus(posts):
    from blog.models import BlogIndexPage, BlogPostPage
    from tests.factories.authors import AuthorFactory
    from tests.factories.blog import BlogIndexPageFactory
    from tests.factories.home import make_site_with_home

    existing = BlogPostPage.objects.count()
    if existing >= posts:
        return existing
    blog = BlogIndexPage.objects.first() or BlogIndexPageFactory(parent=make_site_with_home())
    authors = [AuthorFactory() for _ in range(20)]
    rng = random.Random(2026)
    started = time.perf_counter()
    for n in range(existing, posts):
        post = blog.add_child(
            instance=BlogPostPage(
                title=sentence(rng, 5)[:-1],
                slug=f"bench-post-{n}",
                intro=sentence(rng, 20),
                body=[("paragraph", "<p>" + " ".join(sentence(rng, 15) for _ in range(8)) + "</p>")],
            )
        )
        post.author_links.create(author=rng.choice(authors))
        if n % 1000 == 999:
            print(f"  {n + 1} posts ({time.perf_counter() - started:.0f} s)", flush=True)
    return posts


def measure(requests):
    client = Client()
    timings = []
    for n in range(requests):
        query = QUERIES[n % len(QUERIES)]
        cache.clear()  # the rate limiter counts in the cache
        started = time.perf_counter()
        response = client.get("/search/", {"q": query})
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    options = parser.parse_args()
    import logging

    logging.getLogger("wagtail").setLevel(logging.WARNING)

    from django.db import connection

    print(f"Database: {connection.vendor} ({connection.settings_dict['NAME']})")
    call_command("migrate", verbosity=0)
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}):
        count = build_corpus(options.posts)
    timings = measure(options.requests)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{count} posts, {len(timings)} search requests:")
    print(f"  median {statistics.median(timings):.1f} ms, 95th percentile {p95:.1f} ms, max {timings[-1]:.1f} ms")


if __name__ == "__main__":
    main()
