"""Image sizes are named once (home/renditions.py): templates ask for names, never for raw filter specs."""

import re
from pathlib import Path

import pytest

from django.conf import settings

from home.renditions import SPECS, spec

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

TEMPLATES = sorted(Path(settings.BASE_DIR, "templates").rglob("*.html"))
RAW_IMAGE_TAG = re.compile(r"{%\s*(image|picture|srcset_image)\s")
NAMED = re.compile(r'{%\s*named_(?:image|rendition)\s+\S+\s+"([^"]+)"')


def test_templates_have_no_raw_image_tags():
    offenders = [str(path) for path in TEMPLATES if RAW_IMAGE_TAG.search(path.read_text())]
    assert offenders == []


def test_every_size_a_template_names_exists():
    used = {name for path in TEMPLATES for name in NAMED.findall(path.read_text())}
    assert used, "no template uses a named size: the pattern above is out of date"
    assert used <= set(SPECS)


def test_an_unknown_size_is_an_error():
    with pytest.raises(KeyError):
        spec("poster")
