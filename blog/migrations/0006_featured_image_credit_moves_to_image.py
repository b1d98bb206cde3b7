"""A post's main-picture credit moves into the picture's own credit field (typed once, shown wherever it appears).

A picture that already has a credit keeps it; when two posts credit the same picture differently, the first post
(by id) wins and the others' credits are dropped with the field (next migration). The field is read from each
post's current row: a credit typed only in an unpublished draft is not moved.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    BlogPostPage = apps.get_model("blog", "BlogPostPage")
    CustomImage = apps.get_model("home", "CustomImage")
    posts = (
        BlogPostPage.objects.exclude(featured_image_credit="")
        .filter(featured_image__isnull=False)
        .order_by("pk")
        .values_list("featured_image_id", "featured_image_credit")
    )
    for image_id, credit in posts:
        CustomImage.objects.filter(pk=image_id, credit="").update(credit=credit.strip()[:120])


def backwards(apps, schema_editor):
    BlogPostPage = apps.get_model("blog", "BlogPostPage")
    for post in BlogPostPage.objects.filter(featured_image__isnull=False).select_related("featured_image"):
        if post.featured_image.credit:
            BlogPostPage.objects.filter(pk=post.pk).update(featured_image_credit=post.featured_image.credit)


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0005_images_use_custom_image"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
