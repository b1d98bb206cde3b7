"""Make every named rendition of pictures saved before the site made them on save: run once after upgrading, and
safe to run again (files a picture already has are kept; only missing ones are made)."""

from django.core.management.base import BaseCommand

from wagtail.images import get_image_model

from home.rendition_tasks import make_renditions


class Command(BaseCommand):
    help = "Make the missing files of every picture at every size the site shows (home/renditions.py)."

    def add_arguments(self, parser):
        parser.add_argument("image_ids", nargs="*", type=int, help="Only these pictures (by id); all by default.")

    def handle(self, *args, image_ids, **options):
        pictures = get_image_model().objects.order_by("pk")
        if image_ids:
            pictures = pictures.filter(pk__in=image_ids)
        ids = list(pictures.values_list("pk", flat=True))
        failed = []
        for image_id in ids:
            try:
                make_renditions.call(image_id)
            except Exception as error:  # one unreadable original must not stop the others
                failed.append(image_id)
                self.stderr.write(f"Picture {image_id}: {error}")
        self.stdout.write(f"Made the renditions of {len(ids) - len(failed)} pictures; {len(failed)} failed.")
