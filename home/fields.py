from django.db import models

from wagtail.images import get_image_model_string


def _optional_link(model, help_text):
    return models.ForeignKey(
        model,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def optional_image(help_text):
    """A picture an editor may choose from the image library; deleting the picture leaves the field empty."""
    return _optional_link(get_image_model_string(), help_text)


def optional_document(help_text):
    """A file an editor may choose from the document library; deleting the file leaves the field empty."""
    return _optional_link("wagtaildocs.Document", help_text)


def optional_page(help_text):
    """A page an editor may choose; deleting the page leaves the field empty."""
    return _optional_link("wagtailcore.Page", help_text)
