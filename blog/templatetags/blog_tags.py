"""Template tags of the blog: the newest posts and podcast episode (for the home page), listing addresses and a
post's JSON-LD."""

import json

from django import template
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Site

from blog.models import BlogIndexPage
from home import content_generation
from home.renditions import spec
from home.templatetags.structured_data import organization
from home.tree import single_page_below
from home.visibility import visible_to_readers

register = template.Library()

# Inside <script>, "</script>" or "<!--" in any field would end or break the element; JSON's \u escapes are inert.
SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def blog_below(context, page):
    """The blog readers may see below `page`, looked up once per render (the home page shows two of its lists)."""
    found = context.render_context.setdefault("blogs_below", {})
    if page.pk not in found:
        found[page.pk] = single_page_below(visible_to_readers(BlogIndexPage.objects.all()), page)
    return found[page.pk]


@register.inclusion_tag("blog/includes/newest_posts.html", takes_context=True)
def newest_posts(context, page, heading, count=3):
    """Cards for the newest posts of the blog below `page`, from the blog's own listing queryset."""
    blog = blog_below(context, page)
    return {
        "request": context["request"],
        "blog": blog,
        "heading": heading,
        "posts": blog.posts()[:count] if blog else [],
    }


@register.inclusion_tag("blog/includes/latest_episode.html", takes_context=True)
def latest_episode(context, page, heading):
    """The newest podcast episode of the blog below `page` (a recording or an embed), as a card."""
    blog = blog_below(context, page)
    episodes = blog.posts().filter(episode_duration__isnull=False) if blog else None
    episode = episodes.filter(Q(episode_audio__isnull=False) | ~Q(episode_embed_url="")).first() if blog else None
    return {"request": context["request"], "blog": blog, "heading": heading, "episode": episode}


@register.simple_tag(takes_context=True)
def month_links_nav(context):
    """The listing's "Posts by month" links. A blog of ten years has over a hundred of them, the same on every
    page of every listing: they are rendered once per content generation (and per month archive, whose own
    month is marked as the current page) instead of on each request."""
    archive = context.get("archive")
    current_month = archive.item if archive and archive.kind == "month" else None

    def render():
        links = {"months": context["months"], "current_month": current_month}
        return render_to_string("blog/includes/month_links.html", links)

    key = f"blog-month-links:{context['page'].pk}:{current_month or 'none'}"
    return mark_safe(content_generation.fragment(key, render))  # noqa: S308 (our own template's output)


@register.simple_tag(takes_context=True)
def listing_url(context):
    """Absolute address of the listing shown: the blog or one archive, with ?page=N after the first page."""
    page, archive, posts = context["page"], context.get("archive"), context["posts"]
    url = page.get_full_url(context["request"]) + (archive.path if archive else "")
    return f"{url}?page={posts.number}" if posts.number > 1 else url


@register.simple_tag(takes_context=True)
def blog_posting_json_ld(context):
    """The post's schema.org BlogPosting for search engines, in a script element no field's text can break out of."""
    request, post = context["request"], context["page"]
    url = post.get_full_url(request)
    root_url = Site.find_for_request(request).root_url
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": post.title,
        "description": post.get_meta_description(),
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": post.date.isoformat(),
        "dateModified": (post.updated or post.date).isoformat(),
        "author": [
            {"@type": "Person", "name": author.name, "url": root_url + author.get_absolute_url()}
            for author in context["author_profiles"]
        ],
        "publisher": organization(request),
        "articleSection": [category.name for category in context["categories"]],
        "keywords": [tag.name for tag in context["tags"]],
    }
    if post.featured_image:
        data["image"] = root_url + post.featured_image.get_rendition(spec("hero")).url
    # Safe: json.dumps output with <, > and & escaped cannot close the script element or open markup.
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE)),  # noqa: S308
    )
