"""Pictures get their files when they are saved, not when a reader first opens a page that shows them.

Making a rendition means opening the original and resizing it, which for a large photo takes a good part of a
second per file (wagtail#3868): done during a reader's request it slows the first page that shows a new picture,
and a listing of new pictures even more. So every file the site draws a picture with (`home.renditions`: each
named size, its WebP 1x and, where the original is large enough, 2x) is made by `make_renditions`, a django-tasks
task enqueued when the saving transaction commits: after an upload, a replaced file, a moved focal point, or a
picture becoming members-only (its public files are then deleted). `manage.py make_renditions` makes them for
pictures saved before this existed.

With the immediate backend (the default: `TASKS` is not set) the task runs at the end of the editor's saving
request; with a worker it runs beside the site. A page whose picture's task has not run yet still works: the
template tag makes the missing files on demand, as Wagtail always did.
"""

from django_tasks import task

from django.db import transaction

from wagtail.images import get_image_model

from home.renditions import every_variant_spec

# What a picture's files are made from: the original and the focal point (a crop follows it).
RENDITION_INPUTS = ("file", "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height")


@task()
def make_renditions(image_id):
    """Make every missing named rendition of the picture (none if it was deleted meanwhile). Returns how many
    files it has."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    return len(image.get_renditions(*every_variant_spec(image)))


def make_renditions_after_commit(image_id):
    transaction.on_commit(lambda: make_renditions.enqueue(image_id))


def _inputs(image):
    return tuple(str(getattr(image, name) or "") for name in RENDITION_INPUTS)


def remember_inputs(sender, instance, **kwargs):
    """Note what a picture loaded from the database is made from, to tell on save whether its files change (not for
    a picture loaded without those fields: reading them would cost a query each)."""
    if not instance.get_deferred_fields() & set(RENDITION_INPUTS):
        instance._rendition_inputs = _inputs(instance)


def enqueue_on_change(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    """A new picture, a replaced file or a moved focal point: make its files once the save commits."""
    if raw or (update_fields is not None and not set(update_fields) & set(RENDITION_INPUTS)):
        return
    inputs = _inputs(instance)
    if created or inputs != getattr(instance, "_rendition_inputs", None):
        make_renditions_after_commit(instance.pk)
    instance._rendition_inputs = inputs


def connect():
    from django.db.models.signals import post_init, post_save

    image_model = get_image_model()
    post_init.connect(remember_inputs, sender=image_model, dispatch_uid="renditions-remember-inputs")
    post_save.connect(enqueue_on_change, sender=image_model, dispatch_uid="renditions-enqueue-on-change")
