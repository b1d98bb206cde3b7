from wagtail import hooks

from contact.messages_access import readable_forms


@hooks.register("filter_form_submissions_for_user")
def only_responders_read_contact_messages(user, editable_forms):
    return readable_forms(user, editable_forms)
