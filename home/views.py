import logging

from django.db import DatabaseError, connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.cache import never_cache

from home.health import registered_checks

logger = logging.getLogger(__name__)


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the icon among the static files."""
    return redirect(static("icons/favicon.ico"), permanent=True)


@never_cache
def healthz(request):
    """Report whether the site can serve pages, and what the registered checks (`home.health`) say.

    503 only when the database is unreachable: this server cannot serve pages. A failing registered check (such
    as a late scheduler) gives 200 with status "degraded": the web servers are fine, and taking them all out of
    the load balancer would turn a background problem into an outage. Monitoring should alert on any status other
    than "ok".
    """
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except DatabaseError as error:
        logger.error("Health check: database unreachable: %s", error)
        checks["database"] = "unreachable"
        return JsonResponse({"status": "error", "checks": checks}, status=503)
    results = registered_checks()
    checks.update({result.name: result.status for result in results})
    body = {"status": "ok" if all(result.ok for result in results) else "degraded", "checks": checks}
    body.update({result.name: result.details for result in results if result.details})
    return JsonResponse(body)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Render the error page without touching the database, which may be the thing that failed."""
    return HttpResponseServerError(loader.get_template("500.html").render())
