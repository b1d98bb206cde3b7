from django.db import models

from wagtail.documents import get_document_model_string


class LockedFile(models.Model):
    """A document that a module's locked part uses. Such a file is members-only wherever it is stored.

    Rows are only ever added while the module exists: a file once attached to a module stays locked, so a draft
    that drops it, or a later edit, never makes a members' file public again.
    """

    module = models.ForeignKey("learning.LearningModulePage", on_delete=models.CASCADE, related_name="locked_files")
    document = models.ForeignKey(get_document_model_string(), on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["module", "document"], name="one_locked_file_per_module")]

    def __str__(self):
        return f"Document {self.document_id} locked by module {self.module_id}"

    @classmethod
    def record(cls, module):
        """Remember the documents the given version of `module` uses in its locked fields."""
        for document_id in {module.ebook_id, module.video_file_id} - {None}:
            cls.objects.get_or_create(module_id=module.pk, document_id=document_id)
