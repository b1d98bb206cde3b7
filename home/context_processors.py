from django.conf import settings
from django.utils.functional import SimpleLazyObject

from home.models import CrisisSupportSettings, SiteChromeSettings


def site_name(request):
    return {"SITE_NAME": settings.SITE_NAME}


def site_chrome(request):
    """The published crisis bar and footer of the request's site, read only if a template uses them.

    A preview passes its own draft under the same names, which take precedence over these."""
    return {
        "crisis_support": SimpleLazyObject(lambda: CrisisSupportSettings.for_request(request)),
        "site_chrome": SimpleLazyObject(lambda: SiteChromeSettings.for_request(request)),
    }
