"""The author index (/authors/) and author pages (/authors/<slug>/): bio, books and published posts.

`authors` may not import `blog`, so an author's posts are reached through the reverse relation
`author.post_links` (blog's BlogPostAuthor rows) and their `page` field.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render

from wagtail.images import get_image_model
from wagtail.models import Page

from home.visibility import visible_to_readers

from .models import Author, Book
from .structured_data import person_json_ld, plain_bio

POSTS_PER_PAGE = 12
PHOTO_SPEC = "fill-240x240"
COVER_SPEC = "max-160x240"
POST_IMAGE_SPEC = "fill-640x360"


def visible_page_ids():
    """Ids of pages a reader may see: live, public (no view restriction here or above) and not expired."""
    return visible_to_readers(Page.objects.all()).values("pk")


def published_post_links(author):
    """The author's post links whose post readers may see, newest first, ready for listing cards."""
    images = get_image_model().objects.prefetch_renditions(POST_IMAGE_SPEC)
    return (
        author.post_links.filter(page_id__in=visible_page_ids())
        .select_related("page")
        .defer("page__body")
        .prefetch_related(Prefetch("page__featured_image", queryset=images))
        .order_by("-page__date", "-page__pk")
    )


def author_index(request):
    photos = get_image_model().objects.prefetch_renditions(PHOTO_SPEC)
    authors = Author.objects.annotate(
        post_count=Count("post_links", filter=Q(post_links__page_id__in=visible_page_ids()))
    ).prefetch_related(Prefetch("photo", queryset=photos))
    context = {"authors": authors, "canonical_url": request.build_absolute_uri(request.path)}
    return render(request, "authors/author_index.html", context)


def author_detail(request, slug):
    images = get_image_model().objects
    books = Book.objects.prefetch_related(Prefetch("cover", queryset=images.prefetch_renditions(COVER_SPEC)))
    author = get_object_or_404(
        Author.objects.prefetch_related(
            Prefetch("photo", queryset=images.prefetch_renditions(PHOTO_SPEC)),
            Prefetch("books", queryset=books),
        ),
        slug=slug,
    )
    posts = Paginator(published_post_links(author), POSTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "author": author,
        "posts": posts,
        "canonical_url": request.build_absolute_uri(author.get_absolute_url()),
        "description": plain_bio(author, max_chars=160),
        "json_ld": person_json_ld(request, author, photo_spec=PHOTO_SPEC, cover_spec=COVER_SPEC),
    }
    return render(request, "authors/author_detail.html", context)
