"""The rows an imported post is saved as, written with as few queries as the page tree allows.

Saving a page through Wagtail and modelcluster reads each child relation back before writing it, saves each child on
its own and logs the creation with three queries; an import of thousands of new posts pays that thousands of
times. Here a new post's authors, tags and categories are written in one insert each and left in memory for its
revision, and its creation log entry is returned for the importer to insert with the rest of its batch.
"""

from django.utils import timezone

from modelcluster.models import get_all_child_relations
from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, PageLogEntry, Revision

from blog.models import BlogPostAuthor, BlogPostPage, BlogPostTag

CATEGORIES = BlogPostPage._meta.get_field("categories")


def save_children(page, authors, categories, tags):
    """Write a new, saved post's authors, tags and categories, and keep them in memory as an editor's save leaves
    them, so that the revision serialises the post without reading them back."""
    links = BlogPostAuthor.objects.bulk_create(
        [BlogPostAuthor(page=page, author=author, sort_order=number) for number, author in enumerate(authors)]
    )
    tagged = BlogPostTag.objects.bulk_create([BlogPostTag(content_object=page, tag=tag) for tag in tags])
    through = CATEGORIES.remote_field.through
    through.objects.bulk_create(
        [
            through(**{CATEGORIES.m2m_column_name(): page.pk, CATEGORIES.m2m_reverse_name(): category.pk})
            for category in categories
        ]
    )
    for relation in get_all_child_relations(page):  # comments and any other child relation: none yet
        setattr(page, relation.get_accessor_name(), [])
    page.author_links = links
    page.tagged_items = tagged
    page.categories = categories


def creation_log_entry(page):
    """The "created" entry of the page's history, as Wagtail's first save of a page logs it (not yet saved)."""
    return PageLogEntry(
        content_type_id=page.content_type_id,
        label=page.get_admin_display_title(),
        action="wagtail.create",
        timestamp=timezone.now(),
        data={},
        user=page.owner,
        uuid=get_active_log_context().uuid,
        content_changed=True,
        page=page,
    )


def save_revision(page):
    """A revision of the post (its live one when published), as `save_revision()` and `publish()` leave it, without
    saving the page again: the import saves each post once."""
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        approved_go_live_at=page.go_live_at,
        content=page.serializable_data(),
        object_str=str(page),
    )
    state = {
        "latest_revision": revision,
        "latest_revision_created_at": revision.created_at,
        "draft_title": page.title,
        "has_unpublished_changes": not page.live,
        "live_revision": revision if page.live else None,
    }
    Page.objects.filter(pk=page.pk).update(**state)
    for name, value in state.items():
        setattr(page, name, value)
    return revision
