from django.db import models
from django.db.models import Q

from wagtail.documents import get_document_model, get_document_model_string
from wagtail.images import get_image_model, get_image_model_string

from home.rendition_tasks import make_renditions_after_commit
from home.storage import is_private_name, move_to_private

# The locked fields of a module. Its teaser and social images are public by design.
LOCKED_FIELDS = ("ebook", "video_file", "video_transcript", "body")


class LockedFile(models.Model):
    """A document or picture used by a module's locked part, in its live version or in any saved revision.

    Such a file is members-only. Rows are only ever added while the module exists: a file once attached to a
    module stays locked, so a draft that drops it, or a later edit, never makes a members' file public again.
    """

    module = models.ForeignKey("learning.LearningModulePage", on_delete=models.CASCADE, related_name="locked_files")
    document = models.ForeignKey(
        get_document_model_string(), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["module", "document"], condition=Q(document__isnull=False), name="one_lock_per_module_document"
            ),
            models.UniqueConstraint(
                fields=["module", "image"], condition=Q(image__isnull=False), name="one_lock_per_module_image"
            ),
            models.CheckConstraint(
                condition=Q(document__isnull=True, image__isnull=False) | Q(document__isnull=False, image__isnull=True),
                name="locked_file_is_a_document_or_an_image",
            ),
        ]

    def __str__(self):
        what = f"Document {self.document_id}" if self.document_id else f"Image {self.image_id}"
        return f"{what} locked by module {self.module_id}"

    @classmethod
    def record(cls, module):
        """Lock the documents and pictures that this version of `module` (live or a revision) uses in its
        locked fields, and move the pictures' files to the private location."""
        document_ids, image_ids = files_in_locked_fields(module)
        for document_id in document_ids:
            cls.objects.get_or_create(module_id=module.pk, document_id=document_id)
        for image_id in image_ids:
            cls.objects.get_or_create(module_id=module.pk, image_id=image_id)
        for image in get_image_model().objects.filter(pk__in=image_ids):
            make_image_private(image)


def files_in_locked_fields(module):
    """The ids of the documents and images referenced by `module`'s locked fields (choosers and rich text)."""
    document_model, image_model = get_document_model(), get_image_model()
    documents, images = set(), set()
    for name in LOCKED_FIELDS:
        field = module._meta.get_field(name)
        if isinstance(field, models.ForeignKey):
            references = [(field.related_model, getattr(module, field.attname), name, "")]
        else:
            references = field.extract_references(getattr(module, name))
        for model, object_id, _, _ in references:
            if object_id is None:
                continue
            if issubclass(model, document_model):
                documents.add(int(object_id))
            elif issubclass(model, image_model):
                images.add(int(object_id))
    return documents, images


def make_image_private(image):
    """Move a picture's original to the private location and drop its renditions (they were public files).
    New renditions are named after the private original, so they are stored privately too; they are made again
    when the transaction commits."""
    if is_private_name(image.file.name):
        return
    new_name = move_to_private(image.file)
    type(image).objects.filter(pk=image.pk).update(file=new_name)
    image.file.name = new_name
    for rendition in image.renditions.all():
        rendition.file.delete(save=False)  # at once: Wagtail's own clean-up waits for the transaction to commit
        rendition.delete()
    make_renditions_after_commit(image.pk)
