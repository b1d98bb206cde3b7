"""Admin views of the contact app: the list of forms for contact responders."""

from wagtail.contrib.forms.views import FormPagesListView

from contact.messages_access import may_read_messages


class FormsListView(FormPagesListView):
    """Wagtail's list of forms (admin "Forms" menu), opened to those who read contact messages though they may
    edit no page; it lists only the forms `readable_forms` allows."""

    def user_has_any_permission(self, permissions):
        return may_read_messages(self.request.user) or super().user_has_any_permission(permissions)
