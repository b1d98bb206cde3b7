from django.db import models


def optional_image(help_text):
    """A picture an editor may choose from the image library; removing the picture leaves the field empty."""
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )
