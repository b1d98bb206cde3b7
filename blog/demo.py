"""Demo blog: the blog index under the home page, four categories and fifteen published posts.

Idempotent: the index is found by type, categories by slug, posts by slug, pictures by title and the podcast
embeds by their hash. Pictures are drawn with Pillow and the embeds are stored with their own HTML, so building
(and later rendering) the demo never needs the network.
"""

import datetime
import json

from django.utils import timezone

from authors.demo_pictures import save_picture, scene
from authors.models import Author
from home.demo_pages import publish_child, store_placeholder_embed
from home.models import HomePage
from resources.models import Kind, Resource
from resources.regions import NATIONAL

from .demo_posts import BLOG_INTRO, CATEGORIES, CREDIT, PODCAST_URLS, POSTS
from .models import BlogCategory, BlogIndexPage, BlogPostAuthor, BlogPostPage

COLLECTION = "Blog images"


def build(context):
    blog = _blog_index(context)
    categories = _categories()
    authors = {author.slug: author for author in Author.objects.all()}
    _podcast_embeds()
    for data in POSTS:
        _post(context, blog, data, categories, authors)


def _blog_index(context):
    blog = BlogIndexPage.objects.first()
    if blog:
        return blog
    blog = publish_child(
        HomePage.objects.get(),
        BlogIndexPage(
            title="Blog",
            slug="blog",
            intro=BLOG_INTRO,
            search_description="Stories and practical CRAFT steps for families of people who drink or use drugs.",
        ),
    )
    context.log("Created the blog index.")
    return blog


def _categories():
    categories = {}
    for name, slug, description in CATEGORIES:
        category, _ = BlogCategory.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})
        categories[name] = category
    return categories


def _podcast_embeds():
    for number, url in PODCAST_URLS.items():
        store_placeholder_embed(url, f"Steady Ground podcast, episode {number}", "YouTube")


def _post(context, blog, data, categories, authors):
    if BlogPostPage.objects.child_of(blog).filter(slug=data["slug"]).exists():
        return
    today = timezone.localdate()
    date = today - datetime.timedelta(days=data["days_ago"])
    updated = data.get("updated_days_ago")
    post = BlogPostPage(
        title=data["title"],
        slug=data["slug"],
        date=date,
        updated=today - datetime.timedelta(days=updated) if updated is not None else None,
        intro=data["intro"],
        featured_image=_picture(f"Featured: {data['title']}", data["alt"], data["picture"]),
        featured_image_alt=data["alt"],
        featured_image_caption=data["caption"],
        featured_image_credit=CREDIT,
        body=json.dumps([_raw_block(blog, block_type, value) for block_type, value in data["body"]]),
        first_published_at=timezone.make_aware(datetime.datetime.combine(date, datetime.time(9))),
    )
    post.categories = [categories[name] for name in data["categories"]]
    post.tags.add(*data["tags"])
    post.author_links = [
        BlogPostAuthor(author=authors[slug], sort_order=order) for order, slug in enumerate(data["authors"])
    ]
    publish_child(blog, post)
    context.log(f"Created the blog post “{post.title}”.")


def _picture(title, alt, drawing):
    return save_picture(title, lambda: scene(**drawing), COLLECTION, description=alt)


def _raw_block(blog, block_type, value):
    """The stored form of one body block, with pictures and page references made real."""
    if block_type == "image":
        spec = value["picture"]
        image = _picture(spec["title"], spec["alt"], spec["drawing"])
        value = {
            "image": {"image": image.pk, "decorative": False, "alt_text": spec["alt"]},
            "caption": value["caption"],
            "credit": CREDIT,
        }
    elif block_type == "call_to_action" and value["page"]:
        target = BlogPostPage.objects.child_of(blog).filter(slug=value["page"]).first() or blog
        value = {**value, "page": target.pk}
    elif block_type == "call_to_action":
        value = {**value, "page": None}
    elif block_type == "resources":
        value = {"heading": value["heading"], "resources": [_resource(entry).pk for entry in value["resources"]]}
    return {"type": block_type, "value": value}


def _resource(entry):
    """The directory entry for a service a post lists (these are real national lines)."""
    resource, _ = Resource.objects.get_or_create(
        name=entry["name"],
        defaults={
            "phone": entry["phone"],
            "website": entry["url"],
            "description": entry["description"],
            "kind": Kind.HELPLINE,
            "region": NATIONAL,
            "last_verified": timezone.localdate(),
        },
    )
    return resource
