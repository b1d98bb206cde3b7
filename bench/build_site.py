"""Bulk builder for the benchmarks: the demo site plus N generated blog posts, in seconds rather than hours.

Usage: python bench/build_site.py --posts 10000   (database from DATABASE_URL; see bench/run.py)

The demo content (home, blog index, authors with books, categories, the learning modules, resources) comes from
`seed_demo`; the generated posts are then written in bulk: Page and BlogPostPage rows, authors, categories, tags
and a few shared pictures, with tree paths computed here instead of one `add_child` per post. The search index is
filled batch by batch, in bulk. Running it again with a larger --posts tops the archive up; a smaller one
changes nothing.
"""

import argparse
import datetime
import io
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

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
TAGS = [f"{a}-{b}" for a in WORDS[:20] for b in WORDS[20:35]]  # 300 tags
BATCH = 500


def sentence(rng, words):
    return " ".join(rng.choices(WORDS, k=words)).capitalize() + "."


def pictures(count=8):
    """A few small real JPEGs shared by the generated posts (as editors reuse a stock of pictures)."""
    from PIL import Image as PILImage

    from django.core.files.images import ImageFile

    from wagtail.images import get_image_model
    from wagtail.models import Collection

    Image = get_image_model()
    existing = list(Image.objects.filter(title__startswith="Bench picture"))
    if len(existing) >= count:
        return existing
    root = Collection.get_first_root_node()
    for n in range(len(existing), count):
        buffer = io.BytesIO()
        PILImage.new("RGB", (1600, 900), (40 + 25 * n, 110, 140 - 10 * n)).save(buffer, "JPEG", quality=80)
        existing.append(
            Image.objects.create(
                title=f"Bench picture {n}", collection=root, file=ImageFile(buffer, name=f"bench-{n}.jpg")
            )
        )
    return existing


def index_posts(pks):
    """Add new posts to the search index in one go (update_index would redo the whole site, object by object)."""
    from wagtail.search.backends import get_search_backend

    from blog.models import BlogPostPage

    posts = BlogPostPage.objects.filter(pk__in=pks).prefetch_related("tags", "categories", "author_links__author")
    get_search_backend().add_bulk(BlogPostPage, list(posts))


def add_posts(total):
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone

    from taggit.models import Tag
    from wagtail.models import Page
    from wagtail.rich_text import RichText

    from authors.models import Author
    from blog.models import BlogCategory, BlogIndexPage, BlogPostAuthor, BlogPostPage, BlogPostTag

    blog = BlogIndexPage.objects.get()
    existing = BlogPostPage.objects.count()
    if existing >= total:
        return existing
    rng = random.Random(existing)
    authors = list(Author.objects.all())
    categories = list(BlogCategory.objects.all())
    images = pictures()
    tags = [Tag.objects.get_or_create(slug=slug, defaults={"name": slug.replace("-", " ")})[0] for slug in TAGS]
    content_type = ContentType.objects.get_for_model(BlogPostPage)
    last_child = blog.get_last_child()
    next_step = (Page._str2int(last_child.path[-Page.steplen :]) + 1) if last_child else 1
    started, now = time.perf_counter(), timezone.now()
    page_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    post_fields = BlogPostPage._meta.local_concrete_fields

    for batch_start in range(existing, total, BATCH):
        numbers = range(batch_start, min(batch_start + BATCH, total))
        posts = []
        for n in numbers:
            slug = f"generated-post-{n}"
            title = sentence(rng, 6)[:-1]
            posts.append(
                BlogPostPage(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=Page._get_path(blog.path, blog.depth + 1, next_step),
                    depth=blog.depth + 1,
                    numchild=0,
                    url_path=f"{blog.url_path}{slug}/",
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    locale_id=blog.locale_id,
                    translation_key=uuid.uuid4(),
                    date=datetime.date(2000, 1, 1) + datetime.timedelta(days=n % 9000),
                    intro=sentence(rng, 24),
                    featured_image=images[n % len(images)],
                    featured_image_alt="A generated picture",
                    body=[
                        ("paragraph", RichText("<p>" + " ".join(sentence(rng, 18) for _ in range(6)) + "</p>")),
                        ("paragraph", RichText("<p>" + " ".join(sentence(rng, 18) for _ in range(6)) + "</p>")),
                    ],
                )
            )
            next_step += 1
        with transaction.atomic():
            base_rows = Page.objects.bulk_create(
                [Page(**{name: getattr(post, name) for name in page_fields}) for post in posts]
            )
            for post, row in zip(posts, base_rows, strict=True):
                post.page_ptr_id = post.id = row.pk
            # Django's bulk_create refuses multi-table models; insert the BlogPostPage rows under their Page rows.
            BlogPostPage.objects.all()._batched_insert(posts, post_fields, batch_size=BATCH)
            BlogPostAuthor.objects.bulk_create(
                BlogPostAuthor(page_id=post.pk, author=rng.choice(authors), sort_order=0) for post in posts
            )
            BlogPostPage.categories.through.objects.bulk_create(
                BlogPostPage.categories.through(blogpostpage_id=post.pk, blogcategory=rng.choice(categories))
                for post in posts
            )
            BlogPostTag.objects.bulk_create(
                BlogPostTag(content_object_id=post.pk, tag=tag) for post in posts for tag in rng.sample(tags, 3)
            )
        index_posts([post.pk for post in posts])
        print(f"  {numbers[-1] + 1} posts ({time.perf_counter() - started:.0f} s)", flush=True)
    Page.objects.filter(pk=blog.pk).update(numchild=BlogPostPage.objects.child_of(blog).count())
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from blog.models import BlogIndexPage

    print(f"Building on {connection.vendor} ({connection.settings_dict['NAME']})", flush=True)
    call_command("migrate", verbosity=0)
    if not BlogIndexPage.objects.exists():
        call_command("seed_demo", force=True, password="bench-only-password", stdout=open(os.devnull, "w"))  # noqa: S106, SIM115
    before = time.perf_counter()
    count = add_posts(options.posts)
    print(f"{count} posts", flush=True)
    # A site that grew over years has planner statistics (PostgreSQL's autovacuum gathers them); a bulk load has
    # none until the next autovacuum, and without them PostgreSQL sorted the whole archive for each listing.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"Built in {time.perf_counter() - before:.0f} s", flush=True)


if __name__ == "__main__":
    main()
