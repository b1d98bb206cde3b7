"""The content generation keys shared fragments: a change readers may see starts a new one."""

from wagtail.models import Site

from home import content_generation
from home.models import SiteChromeSettings
from tests.factories.images import ImageFactory


def test_a_fragment_is_built_once_per_generation():
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert content_generation.fragment("test-fragment", build) == 1
    assert content_generation.fragment("test-fragment", build) == 1
    content_generation.bump()
    assert content_generation.fragment("test-fragment", build) == 2


def test_a_pictures_file_bookkeeping_is_not_a_change(db):
    """Wagtail records a picture's size and checksum while rendering it: that must not empty the page cache."""
    image = ImageFactory()
    before = content_generation.current()
    image.file_size = 1234
    image.save(update_fields=["file_size"])
    assert content_generation.current() == before
    image.description = "A kitchen table"
    image.save()
    assert content_generation.current() != before


def test_a_settings_row_made_by_the_first_reader_is_not_a_change(home_page):
    before = content_generation.current()
    chrome = SiteChromeSettings.for_site(Site.objects.get(is_default_site=True))
    assert content_generation.current() == before
    chrome.save()
    assert content_generation.current() != before
