from django.db import models


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
    return _optional_link("wagtailimages.Image", help_text)


def optional_document(help_text):
    """A file an editor may choose from the document library; deleting the file leaves the field empty."""
    return _optional_link("wagtaildocs.Document", help_text)
