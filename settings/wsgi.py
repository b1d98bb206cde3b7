import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.production")

application = get_wsgi_application()

# A new release may render pages differently: start a new content generation, so that no page, fragment or sitemap
# the previous release cached is served by this one (home/content_generation.py). Each worker that starts does it.
from home import content_generation  # noqa: E402

content_generation.bump()
