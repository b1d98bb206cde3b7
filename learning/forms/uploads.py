"""`settings.WAGTAILDOCS_DOCUMENT_FORM_BASE`: a new document (an eBook, a video file) starts in the member
collection, so a members' file is locked from the first moment; the uploader may still choose another."""

from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Collection

from home.upload_forms import CollectionMemoryMixin
from learning import access


class DocumentForm(CollectionMemoryMixin, BaseDocumentForm):
    def get_preferred_collection(self):
        return Collection.objects.filter(name=access.MEMBER_EBOOK_COLLECTION)
