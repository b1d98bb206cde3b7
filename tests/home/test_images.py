"""The picture library: the credit and alt text live on the picture, and moving to this model kept every picture."""

import importlib
from types import SimpleNamespace

import pytest

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.images import get_image_model
from wagtail.images.models import Image as WagtailImage
from wagtail.images.models import Rendition as WagtailRendition
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.permissions import policy_registry

from home.models import CustomImage
from tests.factories.accounts import UserFactory
from tests.factories.blog import BlogIndexPageFactory, BlogPostPageFactory
from tests.factories.images import ImageFactory

pytestmark = pytest.mark.django_db

image_migration = importlib.import_module("home.migrations.0012_images_move_to_custom_image")


def test_the_site_uses_its_own_image_model_with_a_credit():
    assert get_image_model() is CustomImage
    assert CustomImage._meta.get_field("description").verbose_name == "alt text"
    assert CustomImage._meta.get_field("credit").help_text


def test_alt_text_defaults_to_the_typed_alt_never_to_the_title():
    """An uploaded picture's title is its file name ("IMG_2041"): it must never become a block's alt text."""
    assert ImageFactory.build(title="IMG_2041", description="").default_alt_text == ""
    assert ImageFactory.build(title="IMG_2041", description="A kettle").default_alt_text == "A kettle"


def test_credit_and_alt_are_shown_on_the_post_and_its_card(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    picture = ImageFactory(description="Two mugs on a table", credit="© Jo Smith via a stock library")
    post = BlogPostPageFactory(parent=blog, featured_image=picture, featured_image_alt="")
    page, listing = client.get(post.url).content.decode(), client.get(blog.url).content.decode()
    for html in (page, listing):
        assert "© Jo Smith via a stock library" in html
        assert 'alt="Two mugs on a table"' in html


def test_a_body_picture_shows_its_own_credit_unless_the_block_gives_another(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    picture = ImageFactory(credit="© Library credit")
    block = {"image": {"image": picture.pk, "alt_text": "A walk", "decorative": False}, "caption": "Sunday"}
    own = BlogPostPageFactory(parent=blog, slug="own", body=[{"type": "image", "value": {**block, "credit": ""}}])
    other = BlogPostPageFactory(
        parent=blog, slug="other", body=[{"type": "image", "value": {**block, "credit": "© Someone else"}}]
    )
    assert "© Library credit" in client.get(own.url).content.decode()
    html = client.get(other.url).content.decode()
    assert "© Someone else" in html and "© Library credit" not in html


def _old_picture():
    """A picture stored in Wagtail's own image table, as every picture was before the site had its own model."""
    root = Collection.get_first_root_node()
    image = WagtailImage(title="Before the move", description="A porch light", collection=root)
    template = ImageFactory(title="file donor")
    image.file.name = template.file.name
    image.width, image.height, image.file_size, image.file_hash = 64, 48, template.file_size, "abc"
    image.pk = CustomImage.objects.order_by("-pk").values_list("pk", flat=True).first() + 100
    image.save()
    return image


def test_the_move_copies_pictures_with_their_ids_renditions_and_tags():
    old = _old_picture()
    old.tags.add("night")
    WagtailRendition.objects.create(image=old, filter_spec="fill-640x360", file=old.file.name, width=64, height=48)

    historical = MigrationExecutor(connection).loader.project_state(("home", "0012_images_move_to_custom_image")).apps
    # The migration uses its schema editor only for the database connection (SQLite's editor cannot open here).
    image_migration.forwards(historical, SimpleNamespace(connection=connection))

    copied = CustomImage.objects.get(pk=old.pk)
    assert (copied.title, copied.description, copied.file.name) == ("Before the move", "A porch light", old.file.name)
    assert copied.created_at == old.created_at
    assert list(copied.tags.names()) == ["night"]
    assert copied.renditions.get().filter_spec == "fill-640x360"
    # The id counter continues after the copied ids (PostgreSQL keeps one per table).
    assert ImageFactory().pk > copied.pk


def test_wagtails_picture_permissions_still_decide_who_may_choose_pictures(home_page):
    """Grants made before the move (on Wagtail's image permissions) keep working for the site's pictures."""
    picture = ImageFactory()
    contributor = UserFactory()
    group = Group.objects.create(name="Picture choosers")
    contributor.groups.add(group)
    policy = policy_registry.get_by_type(get_image_model())
    assert picture not in policy.instances_user_has_any_permission_for(contributor, ["choose"])
    GroupCollectionPermission.objects.create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(content_type__app_label="wagtailimages", codename="choose_image"),
    )
    contributor = type(contributor).objects.get(pk=contributor.pk)  # the policy caches a user's permissions
    assert picture in policy.instances_user_has_any_permission_for(contributor, ["choose"])


def test_a_credit_is_shown_as_text_never_as_markup(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    picture = ImageFactory(credit='<script>alert("x")</script> © Jo')
    post = BlogPostPageFactory(parent=blog, featured_image=picture)
    html = client.get(post.url).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html
