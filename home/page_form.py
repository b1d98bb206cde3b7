"""The admin form of every page type (`BasePage.base_form_class`)."""

import functools

from home.forms import NamedErrorsPageForm

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

    def _user_may_publish(self):
        if self.instance.pk:
            return self.instance.permissions_for_user(self.for_user).can_publish()
        return self.parent_page.permissions_for_user(self.for_user).can_publish_subpage()


@functools.cache
def _without_schedule_toggle(form_class):
    return type(form_class.__name__, (form_class,), {"show_schedule_publishing_toggle": False})
