"""The blog (blog.yaml: index, categories, podcast embeds) and its posts (posts/*.md, oldest first)."""

import datetime

from django.utils import timezone

from authors.models import Author
from blog.models import BlogCategory, BlogIndexPage, BlogPostAuthor, BlogPostPage
from blog.recordings import recording_length
from home.models import HomePage

from ..assets import image, image_details, placeholder_embed, placeholder_recording
from ..files import markdown_files, read_markdown, read_yaml, rich_text
from ..pages import publish_child
from ..streams import stream_from_markdown


def load_blog(context):
    data = read_yaml("blog.yaml")
    if not BlogIndexPage.objects.exists():
        index = data["index"]
        publish_child(HomePage.objects.get(), BlogIndexPage(**{**index, "intro": rich_text(index["intro"])}))
        context.log("Created the blog index.")
    for category in data["categories"]:
        BlogCategory.objects.get_or_create(slug=category["slug"], defaults=category)
    for embed in data["podcast_embeds"]:
        placeholder_embed(embed["url"], embed["title"], embed["provider"])


def load_posts(context):
    blog = BlogIndexPage.objects.get()
    posts = [read_markdown(path) for path in markdown_files("posts")]
    existing = set(BlogPostPage.objects.child_of(blog).values_list("slug", flat=True))
    categories = {category.name: category for category in BlogCategory.objects.all()}
    authors = {author.slug: author for author in Author.objects.all()}
    for front, body in sorted(posts, key=lambda post: -post[0]["days_ago"]):
        if front["slug"] not in existing:
            _post(blog, front, body, categories, authors)
            context.log(f"Created the blog post “{front['title']}”.")


def _post(blog, front, body, categories, authors):
    today = timezone.localdate()
    date = today - datetime.timedelta(days=front["days_ago"])
    updated = front.get("updated_days_ago")
    picture = front["image"]
    episode = front.get("episode")
    post = BlogPostPage(
        title=front["title"],
        slug=front["slug"],
        date=date,
        updated=today - datetime.timedelta(days=updated) if updated is not None else None,
        intro=front["intro"],
        featured_image=image(picture),
        featured_image_alt=image_details(picture)["alt"],
        featured_image_caption=front.get("caption", ""),
        body=stream_from_markdown(BlogPostPage, "body", body),
        first_published_at=timezone.make_aware(datetime.datetime.combine(date, datetime.time(9))),
    )
    if episode:
        title = f"Recording: {front['title']}"
        post.episode_audio = placeholder_recording(episode["recording"], title, episode["minutes"])
        post.episode_duration = recording_length(post.episode_audio)  # measured, as for an editor's upload
    post.categories = [categories[name] for name in front["categories"]]
    post.tags.add(*front["tags"])
    post.author_links = [
        BlogPostAuthor(author=authors[slug], sort_order=order) for order, slug in enumerate(front["authors"])
    ]
    publish_child(blog, post)
