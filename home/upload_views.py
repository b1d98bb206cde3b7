"""Wagtail's "Add images" and "Add documents" pages (drag-and-drop, several files at once), starting in the
collection the upload forms choose (`home/upload_forms.py`: eBooks in the member collection, pictures where the
uploader filed the last one). Routed in `home/admin_urls.py`, ahead of Wagtail's own URLs.

Wagtail's page preselects the collection named by `?collection_id=` (the link from a collection's listing), else
none, so the first in the list (Root) was chosen; its upload form's own starting collection was never shown.
"""

from wagtail.documents.views import multiple as documents
from wagtail.images.views import multiple as images


class StartsInTheFormsCollection:
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        field = self.form.fields.get("collection")
        if not context["selected_collection_id"] and field is not None and field.initial:
            context["selected_collection_id"] = str(field.initial)
        return context


class AddDocumentsView(StartsInTheFormsCollection, documents.AddView):
    pass


class AddImagesView(StartsInTheFormsCollection, images.AddView):
    pass
