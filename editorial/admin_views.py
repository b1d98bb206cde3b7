"""Wagtail admin views that would name pages, documents or pictures regardless of permission, held to the rule of
`editorial/admin_visibility.py`. Routed in `editorial/admin_urls.py` (ahead of Wagtail's own URLs) or registered
through hooks in `editorial/wagtail_hooks.py`."""

from django.http import Http404

from wagtail.admin.views import chooser
from wagtail.admin.views.pages.bulk_actions import (
    DeleteBulkAction,
    MoveBulkAction,
    PublishBulkAction,
    UnpublishBulkAction,
)
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import WorkflowTasksView
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.views.bulk_actions import (
    AddTagsBulkAction as DocumentAddTags,
)
from wagtail.documents.views.bulk_actions import (
    AddToCollectionBulkAction as DocumentAddToCollection,
)
from wagtail.documents.views.bulk_actions import (
    DeleteBulkAction as DocumentDelete,
)
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.views.bulk_actions import (
    AddTagsBulkAction as ImageAddTags,
)
from wagtail.images.views.bulk_actions import (
    AddToCollectionBulkAction as ImageAddToCollection,
)
from wagtail.images.views.bulk_actions import (
    DeleteBulkAction as ImageDelete,
)
from wagtail.models import Page

from editorial.admin_visibility import choosable, is_hidden, without_hidden_sections

# Reports of the whole site's pages, for people who publish them. Contributors (who only add pages under the blog,
# and may change their own) have no use for them, and the page types report names the last page edited of each
# type. ("change" would not do: Wagtail counts "add" as "change" for one's own pages.)
PUBLISHING = ["publish"]


class PageTypesUsageReport(PageTypesUsageReportView):
    any_permission_required = PUBLISHING


class AgingPagesReport(AgingPagesView):
    any_permission_required = PUBLISHING


class WorkflowTasksReport(WorkflowTasksView):
    any_permission_required = PUBLISHING


class PageChooserBrowseView(chooser.BrowseView):
    """The chooser's page tree. Wagtail's hook filters the children listed; this also keeps a hidden section's
    index from being shown as the parent (asked for by id, or found as the common ancestor of a page type)."""

    def get_object_list(self):
        if is_hidden(self.parent_page, self.request.user):
            if "parent_page_id" in self.kwargs:
                raise Http404
            self.parent_page = Page.get_first_root_node().specific
        return super().get_object_list()


class PageChosenMultipleView(chooser.ChosenMultipleView):
    """Answers the chooser's "these pages were chosen" with the titles of visible pages only."""

    def get(self, request):
        asked = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        visible = without_hidden_sections(Page.objects.filter(pk__in=asked), request.user)
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in visible.values_list("pk", flat=True)])
        return super().get(request)


class NamesOnlyVisibleItems:
    """A bulk action's confirmation page names the chosen items the user may not act on. Keep to the ones they may
    see anyway: the ids come from the query string, so anyone could ask for any page or file by number."""

    def visible_ids(self, ids):
        raise NotImplementedError

    def get_actionable_objects(self):
        objects, context = super().get_actionable_objects()
        refused = context["items_with_no_access"]
        visible = self.visible_ids([item.pk for item in refused])
        context["items_with_no_access"] = [item for item in refused if item.pk in visible]
        return objects, context


class PageNamesOnlyVisible(NamesOnlyVisibleItems):
    def visible_ids(self, ids):
        return set(
            without_hidden_sections(Page.objects.filter(pk__in=ids), self.request.user).values_list("pk", flat=True)
        )


class MediaNamesOnlyVisible(NamesOnlyVisibleItems):
    def visible_ids(self, ids):
        return set(choosable(self.model, self.request).filter(pk__in=ids).values_list("pk", flat=True))


def _held(mixin, action_class):
    return type(action_class.__name__, (mixin, action_class), {"__module__": __name__})


BULK_ACTIONS = [
    *(
        _held(PageNamesOnlyVisible, action)
        for action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction)
    ),
    *(
        _held(MediaNamesOnlyVisible, action)
        for action in (
            DocumentAddTags,
            DocumentAddToCollection,
            DocumentDelete,
            ImageAddTags,
            ImageAddToCollection,
            ImageDelete,
        )
    ),
]


class ChoosableDocumentsAPI(DocumentsAdminAPIViewSet):
    """The admin API's documents: only those the user's document chooser lists."""

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(get_document_model(), self.request).values("pk"))


class ChoosableImagesAPI(ImagesAdminAPIViewSet):
    """The admin API's pictures: only those the user's image chooser lists (no locked pictures for contributors)."""

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=choosable(get_image_model(), self.request).values("pk"))
