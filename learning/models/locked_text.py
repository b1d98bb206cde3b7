from django.db import models

from wagtail.search import index


class LockedModuleText(index.Indexed, models.Model):
    """The searchable words of a module's locked part, kept apart from the page's public search entry.

    Site search consults it only for requests the access rule lets see locked content (see learning.access).
    """

    module = models.OneToOneField(
        "learning.LearningModulePage", on_delete=models.CASCADE, related_name="locked_text", primary_key=True
    )
    text = models.TextField(blank=True)

    search_fields = [index.SearchField("text")]

    def __str__(self):
        return f"Locked text of module {self.module_id}"

    @classmethod
    def refresh(cls, module):
        """Rebuild from the module's live locked fields, or drop it when the module is not live."""
        if not module.live:
            cls.objects.filter(module=module).delete()
            return
        parts = [module.video_transcript]
        for block in module.body:
            parts.extend(str(text) for text in block.block.get_searchable_content(block.value))
        cls.objects.update_or_create(module=module, defaults={"text": "\n".join(parts)})
