"""Bring stored files in line with the access rule: run once after upgrading, safe to run again.

Locks every document and picture used by any module's locked part (live or in any revision), moves locked
pictures and pictures of the member collection to the private location, and moves documents stored in the public
location by older versions of the site into the private one.
"""

from django.core.files.storage import storages
from django.core.management.base import BaseCommand

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Revision

from learning import access
from learning.models import LearningModulePage, LockedFile
from learning.models.locked_files import make_image_private


class Command(BaseCommand):
    help = "Lock the files used by learning modules and move locked files out of the public media folder."

    def handle(self, *args, **options):
        modules = LearningModulePage.objects.all()
        for module in modules:
            LockedFile.record(module)
        module_ids = [str(pk) for pk in modules.values_list("pk", flat=True)]
        for revision in Revision.page_revisions.filter(object_id__in=module_ids):
            version = revision.as_object()
            if isinstance(version, LearningModulePage):
                LockedFile.record(version)
        for image in get_image_model().objects.filter(collection__in=access.member_collections()):
            make_image_private(image)
        moved = 0
        public, private = storages["public_media"], storages["private_media"]
        for name in get_document_model().objects.values_list("file", flat=True):
            if public.exists(name) and not private.exists(name):
                with public.open(name) as content:
                    private.save(name, content)
                public.delete(name)
                moved += 1
        self.stdout.write(f"{LockedFile.objects.count()} locked files; {moved} documents moved to private storage.")
