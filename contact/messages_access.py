"""Who reads contact messages: families write private things (who they worry about, what happened), so only the
staff who answer them do, the "Contact responders" group (or anyone given its permission, and superusers).

Wagtail's form pages show their submissions to anyone who may edit the page, which is every editor and
moderator. Every submissions screen (the Forms menu, the list of forms, a form's messages and their CSV/XLSX
export, deleting messages) asks `wagtail.contrib.forms.utils.get_forms_for_user`, whose
`filter_form_submissions_for_user` hook (registered in `contact/wagtail_hooks.py`) applies `readable_forms`.
The list of forms also asks for a page permission, which responders need not have: `contact/admin_views.py`
replaces it, routed before Wagtail's admin.
"""

from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import Page

READ_MESSAGES_PERMISSION = "read_contact_messages"
CONTACT_RESPONDERS = "Contact responders"


def may_read_messages(user):
    return user.has_perm(f"contact.{READ_MESSAGES_PERMISSION}")


def readable_forms(user, editable_forms):
    """The form pages whose submissions `user` may read: contact pages only for those who answer messages (even
    without the right to edit the page), other form pages as Wagtail decides."""
    from contact.models import ContactPage

    others = editable_forms.not_type(ContactPage)
    if may_read_messages(user):
        return others | Page.objects.type(ContactPage)
    return others


class ResponderSubmissionsPanel(FormSubmissionsPanel):
    """The "n messages, last on …" box on the contact page's edit screen, shown only to those who read them."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            return may_read_messages(self.request.user) and super().is_shown()
