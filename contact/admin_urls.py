"""Wagtail's list of forms, replaced by one that contact responders may open (`contact/admin_views.py`).

Included by `settings/urls.py` at `admin/forms/`, ahead of Wagtail's admin URLs; decorated as Wagtail decorates
its own admin views. Wagtail's names (`wagtailforms:index`) reverse to the same paths."""

from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access

from contact.admin_views import FormsListView

urlpatterns = [
    path("", never_cache(require_admin_access(FormsListView.as_view()))),
    path("results/", never_cache(require_admin_access(FormsListView.as_view(results_only=True)))),
]
