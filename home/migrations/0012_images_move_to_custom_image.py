"""Copy every picture of Wagtail's own image model into the site's image model, keeping its id.

Keeping the ids means every foreign key (repointed by the migrations that follow) and every image inside a
StreamField or rich text (stored as an id) still finds its picture. The files are not copied: both rows name
the same file. Renditions come along, so no picture is resized again. Tags, the reference index ("Usage"), the
search index and the history move to the new model. Permissions need no change: Wagtail checks picture
permissions against its own image model whatever model stores the pictures.

Wagtail's old rows stay in place, untouched, as a record; nothing reads them any more. Reversing moves tags,
history and index entries back and deletes the copies (the files stay, the old rows still name them).
"""

from django.core.management.color import no_style
from django.db import migrations

# Rows elsewhere that name a picture by content type and id: (app, model, content-type field names).
BY_CONTENT_TYPE = [
    ("taggit", "TaggedItem", ["content_type"]),
    ("wagtailcore", "ReferenceIndex", ["content_type", "base_content_type", "to_content_type"]),
    ("wagtailcore", "ModelLogEntry", ["content_type"]),
    ("wagtailsearch", "IndexEntry", ["content_type"]),
]


def _content_types(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old, _ = ContentType.objects.get_or_create(app_label="wagtailimages", model="image")
    new, _ = ContentType.objects.get_or_create(app_label="home", model="customimage")
    return old, new


def _copy(old_model, new_model, rows):
    """Create `new_model` rows with the same field values (ids included) as `rows` of `old_model`."""
    names = [field.attname for field in old_model._meta.concrete_fields]
    stamps = [field for field in new_model._meta.concrete_fields if getattr(field, "auto_now_add", False)]
    for field in stamps:  # keep the upload dates: the historical model is this migration's own
        field.auto_now_add = False
    try:
        new_model.objects.bulk_create(
            [new_model(**{name: getattr(row, name) for name in names}) for row in rows.iterator()], batch_size=500
        )
    finally:
        for field in stamps:
            field.auto_now_add = True


def _move_by_content_type(apps, source, target):
    for app_label, model_name, fields in BY_CONTENT_TYPE:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        for field in fields:
            model.objects.filter(**{f"{field}_id": source.pk}).update(**{f"{field}_id": target.pk})


def _reset_sequences(schema_editor, models):
    """Rows were written with their ids; PostgreSQL's counters must continue after the highest one."""
    with schema_editor.connection.cursor() as cursor:
        for statement in schema_editor.connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)


def forwards(apps, schema_editor):
    OldImage, OldRendition = apps.get_model("wagtailimages", "Image"), apps.get_model("wagtailimages", "Rendition")
    NewImage, NewRendition = apps.get_model("home", "CustomImage"), apps.get_model("home", "CustomRendition")
    copied = NewImage.objects.values("pk")
    _copy(OldImage, NewImage, OldImage.objects.exclude(pk__in=copied).order_by("pk"))
    _copy(
        OldRendition,
        NewRendition,
        OldRendition.objects.filter(image_id__in=NewImage.objects.values("pk"))
        .exclude(pk__in=NewRendition.objects.values("pk"))
        .order_by("pk"),
    )
    _reset_sequences(schema_editor, [NewImage, NewRendition])
    old, new = _content_types(apps)
    _move_by_content_type(apps, old, new)


def backwards(apps, schema_editor):
    old, new = _content_types(apps)
    _move_by_content_type(apps, new, old)
    apps.get_model("home", "CustomRendition").objects.all().delete()
    apps.get_model("home", "CustomImage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_custom_image_model"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
