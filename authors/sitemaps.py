"""The authors' section of the sitemap: the author index and each author's page, dated by their newest post."""

from django.db.models import F, Max, Prefetch, Q
from django.db.models.functions import Coalesce
from django.urls import reverse

from wagtail.models import Page

from home.renditions import images_with_renditions, spec
from home.sitemaps import EntriesSitemap
from home.visibility import visible_to_readers

from .models import Author

PHOTO_SIZE = "profile_photo"


class AuthorSitemap(EntriesSitemap):
    def items(self):
        visible = Q(post_links__page_id__in=visible_to_readers(Page.objects.all()).values("pk"))
        # `post_links__page` is the post (blog's BlogPostAuthor row), reached through the relation, not imported.
        last_post = Max(Coalesce(F("post_links__page__updated"), F("post_links__page__date")), filter=visible)
        authors = (
            Author.objects.annotate(last_changed=last_post)
            .prefetch_related(Prefetch("photo", queryset=images_with_renditions(PHOTO_SIZE)))
            .order_by("slug")
        )
        entries = [
            {
                "path": author.get_absolute_url(),
                "lastmod": author.last_changed,
                "image_urls": [author.photo.get_rendition(spec(PHOTO_SIZE)).url] if author.photo else [],
            }
            for author in authors
        ]
        dates = [entry["lastmod"] for entry in entries if entry["lastmod"]]
        return [{"path": reverse("authors:index"), "lastmod": max(dates, default=None)}, *entries]
