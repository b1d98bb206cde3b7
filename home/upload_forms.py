"""Where a new upload starts: the image (and document) upload forms choose a sensible collection.

`settings.WAGTAILIMAGES_IMAGE_FORM_BASE` names `ImageForm`; the learning app's document form builds on the same
mixin to start eBooks and other documents in the member collection.
"""

from wagtail.images.forms import BaseImageForm


def _initial_collection(form, preferred=None):
    """The collection a new upload starts in: `preferred` (a queryset) if the uploader may add there, else the
    collection of the uploader's latest upload of this kind, else Wagtail's default (the first in the list)."""
    if form.instance.pk or "collection" not in form.fields:
        return
    choices = form.fields["collection"].queryset
    user = form.uploader
    candidates = []
    if preferred is not None:
        candidates.append(preferred.values_list("pk", flat=True).first())
    if user is not None and user.is_authenticated:
        latest = type(form.instance).objects.filter(uploaded_by_user=user).order_by("-created_at")
        candidates.append(latest.values_list("collection_id", flat=True).first())
    for pk in candidates:
        if pk and choices.filter(pk=pk).exists():
            form.fields["collection"].initial = pk
            # What the form shows: the new picture or document's own collection (Root, the model's default) would
            # win over the field's initial value.
            form.initial["collection"] = pk
            return


class CollectionMemoryMixin:
    """Upload forms remember the uploader (Wagtail's form drops it) to choose the starting collection."""

    def __init__(self, *args, user=None, **kwargs):
        self.uploader = user
        super().__init__(*args, user=user, **kwargs)
        _initial_collection(self, self.get_preferred_collection())

    def get_preferred_collection(self):
        """A queryset holding the collection this kind of upload should start in, or None for no preference."""
        return None


class ImageForm(CollectionMemoryMixin, BaseImageForm):
    """`WAGTAILIMAGES_IMAGE_FORM_BASE`: a new picture starts in the collection of the uploader's last picture."""
