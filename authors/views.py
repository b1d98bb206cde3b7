"""The author index (/authors/) and the one author page (/authors/<slug>/): bio, books and their posts."""

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render

from wagtail.models import Page

from home.pagination import paginate
from home.renditions import images_with_renditions, renditions_of
from home.visibility import visible_to_readers

from .models import Author, Book
from .structured_data import person_json_ld, plain_bio

POSTS_PER_PAGE = 12


def author_index(request):
    visible_pages = visible_to_readers(Page.objects.all()).values("pk")
    authors = Author.objects.annotate(
        post_count=Count("post_links", filter=Q(post_links__page_id__in=visible_pages))
    ).prefetch_related(Prefetch("photo", queryset=images_with_renditions("profile_photo")))
    context = {"authors": authors, "canonical_url": request.build_absolute_uri(request.path)}
    return render(request, "authors/author_index.html", context)


def author_detail(request, slug):
    books = Book.objects.prefetch_related(Prefetch("cover", queryset=images_with_renditions("profile_cover")))
    author = get_object_or_404(
        Author.objects.select_related("photo").prefetch_related(
            renditions_of("photo", "profile_photo"), Prefetch("books", queryset=books)
        ),
        slug=slug,
    )
    post_links = paginate(author.visible_posts(), request.GET.get("page"), POSTS_PER_PAGE, f"author-posts:{author.pk}")
    context = {
        "author": author,
        "post_links": post_links,
        "posts": [link.page for link in post_links],
        "canonical_url": request.build_absolute_uri(author.get_absolute_url()),
        "description": plain_bio(author, max_chars=160),
        "json_ld": person_json_ld(request, author, photo_size="profile_photo", cover_size="profile_cover"),
    }
    return render(request, "authors/author_detail.html", context)
