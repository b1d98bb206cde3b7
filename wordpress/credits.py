"""Photo credits typed into WordPress posts ("© Alexas_fotos via pixabay", "Photo: …", "Image courtesy of …")."""

import re

CREDIT_LINE = re.compile(
    r"^\s*(?:©|\(c\)\s|copyright\b|photo\s*(?:credit)?\s*:|photo by\b|image\s*(?:credit)?\s*:|image courtesy of\b"
    r"|picture\s*:|credit\s*:)",
    re.IGNORECASE,
)
LABEL = re.compile(r"^\s*(?:photo\s*(?:credit)?|image\s*(?:credit)?|picture|credit)\s*:\s*", re.IGNORECASE)
MAX_CREDIT = 120  # the length of the site's credit fields


def credit_in(text):
    """The credit a short line of text states, or None if the line is not a credit line."""
    line = " ".join(text.split())
    if len(line) > MAX_CREDIT or not CREDIT_LINE.match(line):
        return None
    return LABEL.sub("", line) or None


def record_image_credit(image, credit):
    """Store `credit` in the image's credit field, where every page that shows the image finds it.

    The one place that knows where an image's credit lives. Returns True when the image was changed.
    """
    if image is None or not credit or image.credit == credit:
        return False
    image.credit = credit
    image.save(update_fields=["credit"])
    return True
