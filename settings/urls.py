from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from accounts.reset_limits import AdminPasswordResetView
from home import sitemaps
from home import views as home_views

urlpatterns = [
    # Wagtail's admin password reset, with the site's reset limits (accounts/reset_limits.py).
    path("admin/password_reset/", AdminPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    # Admin views held to who may see which pages and files (editorial/admin_visibility.py).
    path("admin/", include("editorial.admin_urls")),
    # The multiple-upload pages start in the collection the upload forms choose (home/upload_views.py).
    path("admin/", include("home.admin_urls")),
    # The list of forms, open to contact responders (contact/messages_access.py).
    path("admin/forms/", include("contact.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include("learning.urls.documents")),
    path(settings.PRIVATE_MEDIA_URL.lstrip("/"), include("learning.urls.files")),
    path("healthz/", home_views.healthz, name="healthz"),
    path("accounts/my-learning/", include("learning.urls.my_learning")),
    path("accounts/", include("accounts.urls")),
    path("learning/sample/", include("learning.urls.sample")),
    path("learning/sponsored-seat/", include("learning.urls.seat")),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    path("search/", include("search.urls")),
    path("authors/", include("authors.urls")),
    path("resources/", include("resources.urls")),
]

if settings.DEBUG or settings.SERVE_PUBLIC_MEDIA:
    # No web server in front (make run, make dev): the app serves images itself, never documents.
    from settings.local_media import public_media_urlpatterns

    urlpatterns += public_media_urlpatterns()

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
