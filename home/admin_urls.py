"""Admin URLs whose Wagtail views `home` replaces: the multiple-upload pages (`home/upload_views.py`).

Included by `settings/urls.py` ahead of Wagtail's admin URLs. No names: Wagtail's names reverse to these paths.
Decorated as Wagtail decorates its own admin views."""

from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access

from home import upload_views


def admin_view(view):
    return never_cache(require_admin_access(view))


urlpatterns = [
    path("documents/multiple/add/", admin_view(upload_views.AddDocumentsView.as_view())),
    path("images/multiple/add/", admin_view(upload_views.AddImagesView.as_view())),
]
