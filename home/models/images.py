"""The site's picture library: Wagtail's image with the photo credit and the alt text stored once, on the picture.

Permissions stay Wagtail's: who may add, change or choose pictures is still granted with the `wagtailimages`
permissions (Wagtail's image permission policy checks those whatever the image model is).

`settings.WAGTAILIMAGES_IMAGE_MODEL` names `CustomImage`, so every image chooser, image block and the rich-text
editor use it. An editor types a picture's credit and alt text when uploading it; every page that shows the
picture shows that credit, and every block that places it starts from that alt text (a block may still say
something more fitting for its place).
"""

from django.db import models

from wagtail.images.models import AbstractImage, AbstractRendition

from home.storage import is_private_name, private_name


class CustomImage(AbstractImage):
    description = models.CharField(
        "alt text",
        max_length=255,
        blank=True,
        default="",
        help_text="Describe the picture for people who cannot see it, e.g. 'A mother and her teenage son talking "
        "on a porch'. Used wherever the picture appears, unless a page says something more fitting for its place.",
    )
    credit = models.CharField(
        max_length=120,
        blank=True,
        default="",
        help_text="Who took or owns the picture, as readers should see it, e.g. '© Jo Smith via a stock library'. "
        "Shown under the picture wherever it appears. Leave empty for the organisation's own pictures.",
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"

    @property
    def default_alt_text(self):
        """The alt text typed for this picture, never its title: a title is often only the file's name."""
        return self.description

    def generate_rendition_file(self, filter, *, source=None):
        """Wagtail's rendition file, whose name always carries the private prefix when the original does.

        Wagtail shortens a rendition's name to 60 characters by cutting the original's name, keeping the filter's
        part whole; a long filter could cut the prefix away and store a locked picture's rendition publicly."""
        rendition_file = super().generate_rendition_file(filter, source=source)
        if is_private_name(self.file.name) and not is_private_name(rendition_file.name):
            rendition_file.name = private_name(rendition_file.name)
        return rendition_file


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
