"""Date archives of the blog (/blog/2026/, /blog/2026/03/) and the blog's entries in the sitemap."""

import datetime

from django.db.models import Count, F, Max, Q
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear
from django.utils.formats import date_format


def date_archive_filter(year, month=None):
    return Q(date__year=year) if month is None else Q(date__year=year, date__month=month)


def date_archive_heading(year, month=None):
    """The archive's heading and the first day of its period."""
    first_day = datetime.date(year, month or 1, 1)
    period = str(year) if month is None else date_format(first_day, "F Y")
    return f"Posts from {period}", first_day


def month_links(blog, posts):
    """The months that have listed posts, newest first: (first day, post count, address) for the archive list."""
    months = (
        posts.order_by()
        .annotate(year=ExtractYear("date"), month=ExtractMonth("date"))
        .values("year", "month")
        .annotate(count=Count("pk"))
        .order_by("-year", "-month")
    )
    return [
        (
            datetime.date(row["year"], row["month"], 1),
            row["count"],
            blog.url + blog.reverse_subpage("month", args=[row["year"], f"{row['month']:02d}"]),
        )
        for row in months
    ]


def _last_changed(posts, *group_by):
    """Per group, the newest date a listed post was published or updated (what changes an archive's content)."""
    return (
        posts.order_by()
        .values(*group_by)
        .annotate(last_changed=Max(Coalesce(F("updated"), F("date"))))
        .order_by(*group_by)
    )


def sitemap_entries(blog, request):
    """Sitemap entries for the blog index and each of its archives, with the date their content last changed."""
    from taggit.models import Tag

    from blog.models import BlogCategory

    posts = blog.posts().prefetch_related(None)
    root = blog.get_full_url(request)
    entries = []
    overall = posts.order_by().aggregate(last_changed=Max(Coalesce(F("updated"), F("date"))))["last_changed"]
    entries.append({"location": root, "lastmod": overall or blog.last_published_at, "image_ids": []})
    listed = posts.values("pk")
    categories = (
        BlogCategory.objects.filter(posts__in=listed)
        .annotate(last_changed=Max(Coalesce(F("posts__updated"), F("posts__date"))))
        .order_by("slug")
    )
    for category in categories:
        entries.append(_entry(root, blog.reverse_subpage("category", args=[category.slug]), category.last_changed))
    tags = (
        Tag.objects.filter(blog_blogposttag_items__content_object__in=listed)
        .annotate(
            last_changed=Max(
                Coalesce(
                    F("blog_blogposttag_items__content_object__updated"),
                    F("blog_blogposttag_items__content_object__date"),
                )
            )
        )
        .order_by("slug")
    )
    for tag in tags:
        entries.append(_entry(root, blog.reverse_subpage("tag", args=[tag.slug]), tag.last_changed))
    months = _last_changed(posts.annotate(year=ExtractYear("date"), month=ExtractMonth("date")), "year", "month")
    years = {}
    for row in months:
        year, month = row["year"], row["month"]
        years[year] = max(years.get(year, row["last_changed"]), row["last_changed"])
        entries.append(_entry(root, blog.reverse_subpage("month", args=[year, f"{month:02d}"]), row["last_changed"]))
    for year, last_changed in sorted(years.items()):
        entries.append(_entry(root, blog.reverse_subpage("year", args=[year]), last_changed))
    return entries


def _entry(root, subpath, last_changed):
    return {"location": root + subpath, "lastmod": last_changed, "image_ids": []}
