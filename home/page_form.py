"""The admin form of every page type (`BasePage.base_form_class`): no schedule for people who may not publish, and
drafts that may be saved before every list (a post's authors) is filled in."""

import functools

from django.forms.formsets import DELETION_FIELD_NAME

from home.forms import NamedErrorsPageForm, untouched_new_rows

SCHEDULE_FIELDS = ("go_live_at", "expire_at")


class PageForm(NamedErrorsPageForm):
    """The page form that names fields in its errors (home/forms.py), without the publishing schedule ("Set
    schedule") for people who may not publish the page: contributors submit for review, and the moderator who
    publishes sets any dates. A schedule already set is kept (fields left out of a form are not touched)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user and not self._user_may_publish():
            for name in SCHEDULE_FIELDS:
                self.fields.pop(name, None)
            # Wagtail shows "Set schedule" when the form *class* has the fields (a mixin it puts first, so a
            # property here would not win); this form then answers as a class without them.
            self.__class__ = _without_schedule_toggle(type(self))

    def defer_required_fields(self):
        """Save draft: also leave out list rows the editor never touched, such as the empty author row a new post
        opens with. Wagtail defers required fields on a draft, but not a choice the database cannot store empty
        (a post's author), so that untouched row refused every draft until an author was chosen. Submitting and
        publishing still ask for one ("Authors: Add at least one author.")."""
        super().defer_required_fields()
        for formset in self.formsets.values():
            if not formset.can_delete:
                continue
            for form in untouched_new_rows(formset):
                form.data = form.data.copy()
                form.data[form.add_prefix(DELETION_FIELD_NAME)] = "on"

    def _user_may_publish(self):
        if self.instance.pk:
            return self.instance.permissions_for_user(self.for_user).can_publish()
        return self.parent_page.permissions_for_user(self.for_user).can_publish_subpage()


@functools.cache
def _without_schedule_toggle(form_class):
    return type(form_class.__name__, (form_class,), {"show_schedule_publishing_toggle": False})
