"""Documents: the access rule's view in front of Wagtail's own URLs (same addresses, so `document.url` is ours)."""

from django.urls import include, path

from wagtail.documents import urls as wagtaildocs_urls

from learning.views import files

urlpatterns = [
    path("<int:document_id>/<path:document_filename>", files.serve_document, name="serve_document"),
    path("", include(wagtaildocs_urls)),
]
