"""Admin views of the contact app: the list of forms for contact responders."""

from django.utils.functional import classproperty

from wagtail.admin.ui.tables import Column
from wagtail.contrib.forms.views import ContentTypeColumn, FormPagesListView

from contact.messages_access import may_read_messages


class FormsListView(FormPagesListView):
    """Wagtail's list of forms (admin "Forms" menu), opened to those who read contact messages though they may
    edit no page; it lists only the forms `readable_forms` allows.

    Wagtail's "Origin" column reads "Contact page (contact.contactpage)" and links to the page's editor, which a
    responder may not open: it is replaced by the page type in words, without a link.
    """

    @classproperty
    def columns(cls):
        return [
            Column("content_type", label="Page type", accessor="page_type_display_name", sort_key="content_type")
            if isinstance(column, ContentTypeColumn)
            else column
            for column in super().columns
        ]

    def user_has_any_permission(self, permissions):
        return may_read_messages(self.request.user) or super().user_has_any_permission(permissions)
