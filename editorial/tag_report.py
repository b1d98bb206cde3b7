"""Reports > Tags used once: tags that only one post has, which are often typos of another tag.

Each row links to the tag (to rename it, or merge it in the Blog > Tags listing), to the one post using it, and
names existing tags that look alike.
"""

import difflib

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from taggit.models import ItemBase, Tag
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

SIMILARITY = 0.75  # difflib ratio above which two tag names look alike (e.g. "boundries" and "boundaries")


def tagged_item_models():
    """Every model that links tags to things (the blog's post tags, and any others)."""
    return [
        relation.related_model for relation in Tag._meta.related_objects if issubclass(relation.related_model, ItemBase)
    ]


def tags_used_once():
    uses = Value(0)
    for through in tagged_item_models():
        count = through.objects.filter(tag=OuterRef("pk")).values("tag").annotate(count=Count("pk")).values("count")
        uses = uses + Coalesce(Subquery(count, output_field=IntegerField()), 0)
    return Tag.objects.annotate(uses=uses).filter(uses=1).order_by("name")


def tagged_objects(tags):
    """Map each tag's id to the one thing tagged with it."""
    found = {}
    for through in tagged_item_models():
        for item in through.objects.filter(tag__in=tags).prefetch_related("content_object"):
            found[item.tag_id] = item.content_object
    return found


class TagsUsedOnceView(ReportView):
    page_title = "Tags used once"
    header_icon = "tag"
    index_url_name = "editorial_tags_used_once"
    index_results_url_name = "editorial_tags_used_once_results"
    model = Tag
    permission_required = "change"
    no_results_message = "Every tag is used more than once. Nothing to tidy up."
    columns = [
        TitleColumn("name", label="Tag", get_url=lambda tag: tag.edit_url),
        TitleColumn("used_on", label="Used on", get_url=lambda tag: tag.used_on_url),
        Column("similar_tags", label="Similar tags (a typo?)"),
    ]
    list_export = ["name", "used_on", "similar_tags"]

    def get_queryset(self):
        return tags_used_once()

    def decorate_paginated_queryset(self, tags):
        tags = list(tags)
        finder = AdminURLFinder(self.request.user)
        used_on = tagged_objects(tags)
        other_names = list(Tag.objects.values_list("name", flat=True))
        for tag in tags:
            thing = used_on.get(tag.pk)
            tag.edit_url = finder.get_edit_url(tag)
            tag.used_on = thing.get_admin_display_title() if hasattr(thing, "get_admin_display_title") else thing
            tag.used_on_url = finder.get_edit_url(thing) if thing else None
            names = [name for name in other_names if name != tag.name]
            tag.similar_tags = ", ".join(difflib.get_close_matches(tag.name, names, n=3, cutoff=SIMILARITY))
        return tags
