"""The "Blog" admin menu: categories and tags. Tags can be renamed, deleted and merged.

Merging is a bulk action on the tag listing: tick the tags, choose "Merge" and pick the one to keep.
"""

from django import forms
from django.db.models import Count
from django.utils.functional import classproperty

from taggit.models import ItemBase, Tag
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.models import Page, Revision
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BlogCategory


class BlogCategoryViewSet(SnippetViewSet):
    model = BlogCategory
    icon = "folder-open-inverse"
    menu_label = "Categories"
    list_display = ["name", "slug", "description"]
    search_fields = ["name", "description"]
    ordering = "name"


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    menu_label = "Tags"
    list_display = ["name", "slug", Column("post_count", label="Blog posts", sort_key="post_count")]
    search_fields = ["name"]
    ordering = "name"
    panels = [
        FieldPanel(
            "name", help_text="The tag as readers see it, e.g. 'boundaries'. Renaming changes it on every post."
        ),
        FieldPanel(
            "slug",
            help_text="Short name used in the tag's web address. Changing it breaks links people saved to the old one.",
        ),
    ]

    def get_queryset(self, request):
        return Tag.objects.annotate(post_count=Count("blog_blogposttag_items"))


class BlogViewSetGroup(SnippetViewSetGroup):
    items = (BlogCategoryViewSet, TagViewSet)
    menu_label = "Blog"
    menu_icon = "doc-full"
    menu_order = 200


register_snippet(BlogViewSetGroup)


def merge_tags(tags, into):
    """Give everything tagged with any of `tags` the tag `into` instead, then delete `tags`."""
    merged_ids = {tag.pk for tag in tags} - {into.pk}
    for relation in Tag._meta.related_objects:
        through = relation.related_model
        if not issubclass(through, ItemBase):
            continue
        tag_field = relation.field.name
        object_fields = [
            field.attname
            for field in through._meta.concrete_fields
            if not field.primary_key and field.name != tag_field
        ]
        already_tagged = set(through.objects.filter(**{tag_field: into}).values_list(*object_fields))
        move, drop = [], []
        for pk, *target in through.objects.filter(**{f"{tag_field}__in": merged_ids}).values_list("pk", *object_fields):
            (drop if tuple(target) in already_tagged else move).append(pk)
            already_tagged.add(tuple(target))
        through.objects.filter(pk__in=move).update(**{tag_field: into})
        through.objects.filter(pk__in=drop).delete()
    _merge_tags_in_drafts(merged_ids, into)
    Tag.objects.filter(pk__in=merged_ids).delete()


def _merge_tags_in_drafts(merged_ids, into):
    """Unpublished drafts keep their tags in the revision, not in the tables: update them there too."""
    drafts = Revision.objects.filter(pk__in=Page.objects.filter(has_unpublished_changes=True).values("latest_revision"))
    for revision in drafts:
        items = revision.content.get("tagged_items") or []
        if not any(item.get("tag") in merged_ids for item in items):
            continue
        kept, seen = [], set()
        for item in items:
            tag_id = into.pk if item.get("tag") in merged_ids else item.get("tag")
            if tag_id not in seen:
                seen.add(tag_id)
                kept.append({**item, "tag": tag_id})
        revision.content["tagged_items"] = kept
        revision.save(update_fields=["content"])


class MergeTagsForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Tag.objects.none(),
        widget=forms.RadioSelect,
        label="Tag to keep",
        help_text="Every post with one of the other selected tags gets this tag instead. The others are deleted.",
    )


@hooks.register("register_bulk_action")
class MergeTagsBulkAction(SnippetBulkAction):
    display_name = "Merge"
    action_type = "merge"
    aria_label = "Merge the selected tags into one"
    template_name = "wagtailsnippets/bulk_actions/confirm_bulk_merge_tags.html"
    action_priority = 20
    form_class = MergeTagsForm

    @classproperty
    def models(cls):
        return [Tag]

    def check_perm(self, tag):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "delete", tag)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        selected = self.get_actionable_objects()[0]
        form.fields["keep"].queryset = Tag.objects.filter(pk__in=[tag.pk for tag in selected]).order_by("name")
        return form

    def get_execution_context(self):
        return {"keep": self.cleaned_form.cleaned_data["keep"]}

    @classmethod
    def execute_action(cls, objects, keep=None, **kwargs):
        merge_tags(objects, into=keep)
        return len(objects) - 1, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        keep = self.cleaned_form.cleaned_data["keep"]
        return f"Merged {num_parent_objects} tag(s) into '{keep}'."
