"""Content-Security-Policy: one strict policy for the public site, a wider one for the Wagtail admin.

django-csp builds and sends the header. The public pages load only the site's own scripts and styles (our
templates have no inline script), pictures from the site and its media host, and video frames from the embed
providers. Wagtail's admin runs some inline scripts and styles, so `/admin/` gets `ADMIN_CONTENT_SECURITY_POLICY`
(settings/base.py) instead; it still allows no third-party script and no other host.
"""

from csp.middleware import CSPMiddleware

from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(settings.ADMIN_PATH_PREFIX):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
