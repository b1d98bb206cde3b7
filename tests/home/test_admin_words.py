"""The admin as a non-technical editor meets it: people's labels, plain messages, useful defaults."""

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Collection, Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from blog.models import BlogPostPage
from home.blocks import BaseStreamBlock
from learning import access
from learning.blocks import ModuleStreamBlock
from tests.editorial.admin_forms import page_form_data
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.images import ImageFactory
from tests.factories.learning import make_learning

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


def test_the_post_form_speaks_plainly_and_hides_what_does_nothing(admin_client, blog):
    html = admin_client.get(reverse("wagtailadmin_pages:add", args=["blog", "blogpostpage", blog.pk])).content.decode()
    assert "Web address" in html and "Alt text" in html
    assert "Show in menus" not in html and 'name="show_in_menus"' not in html


def test_a_new_post_opens_on_a_paragraph(blog):
    assert [block.block_type for block in BlogPostPage().body] == ["paragraph"]


def test_the_module_form_says_free_sample_module(admin_client, home_page):
    _index, (module,) = make_learning(home_page, modules=1)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).content.decode()
    assert "Free sample module" in html and "Is free sample" not in html


@pytest.mark.parametrize("stream", [BaseStreamBlock, ModuleStreamBlock])
def test_every_block_shows_a_preview_and_description_in_the_picker(stream):
    for name, block in stream().child_blocks.items():
        assert block.is_previewable, name
        assert block.get_description(), name


def test_the_error_banner_names_the_fields_to_fix(admin_client, blog):
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpostpage", blog.pk])
    response = admin_client.post(url, {"title": "", "slug": "", "intro": "", "body-count": "0", "date": "x"})
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    banner = " ".join(messages)
    assert "<li>Title: This field is required.</li>" in banner, banner
    assert banner.index("Please check the fields") < banner.index("Title:")
    assert "Validation error in" not in response.content.decode()


def publish_new_post(client, blog, body, **fields):
    """Press "Publish" on a new post whose fields are `fields`, with `body` as its body and no author."""
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpostpage", blog.pk])
    fields = {"title": "A post", "slug": "a-post", "intro": "An intro.", **fields}
    data = page_form_data(client, url, **fields)
    data.update(nested_form_data({"body": streamfield(body)}))
    data["author_links-TOTAL_FORMS"] = "0"
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def test_the_banner_says_an_empty_body_is_empty_and_lists_the_missing_author(admin_client, blog):
    banner = publish_new_post(admin_client, blog, [("paragraph", rich_text(""))], slug="1234")
    assert "<li>Body: This field is required.</li>" in banner, banner
    assert "one of its blocks" not in banner
    assert "<li>Authors: Add at least one author.</li>" in banner
    assert "<li>Web address: “1234” is taken" in banner
    assert "Slug" not in banner


def test_the_banner_points_to_the_blocks_when_a_block_is_marked(admin_client, blog):
    banner = publish_new_post(admin_client, blog, [("heading", {"text": "", "level": "h2", "anchor": ""})])
    assert "<li>Body: one of its blocks needs a change (marked in red below).</li>" in banner, banner


def test_a_missing_author_alone_is_named_in_the_banner(admin_client, blog):
    banner = publish_new_post(admin_client, blog, [("paragraph", rich_text("<p>Words.</p>"))])
    assert "Please check the fields listed here" in banner
    assert "<li>Authors: Add at least one author.</li>" in banner
    assert "Body:" not in banner


def test_a_new_post_is_saved_as_a_draft_before_its_author_is_chosen(admin_client, blog):
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpostpage", blog.pk])
    data = page_form_data(admin_client, url, body_text="", title="Half written", slug="half-written", intro="An intro.")
    assert data["author_links-TOTAL_FORMS"] == "1" and data["author_links-0-author"] == ""  # the empty row shown

    response = admin_client.post(url, data)

    assert response.status_code == 302, " ".join(str(message) for message in get_messages(response.wsgi_request))
    post = BlogPostPage.objects.get(slug="half-written")
    assert not post.live
    assert post.get_latest_revision_as_object().author_links.count() == 0


def test_publishing_with_the_empty_author_row_asks_for_an_author(admin_client, blog):
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogpostpage", blog.pk])
    data = page_form_data(admin_client, url, body_text="Words.", title="A post", slug="a-post", intro="An intro.")
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)
    banner = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert "<li>Authors: Add at least one author.</li>" in banner, banner
    assert not BlogPostPage.objects.filter(slug="a-post").exists()


def test_comparing_versions_names_them_with_readable_dates(admin_client, blog):
    post = BlogPostPageFactory(parent=blog)
    first = post.save_revision()
    post.title = "A new title"
    second = post.save_revision()
    Revision.objects.filter(pk=first.pk).update(created_at="2026-03-03T09:00:00Z")
    url = reverse("wagtailadmin_pages:revisions_compare", args=[post.pk, first.pk, second.pk])
    html = admin_client.get(url).content.decode()
    assert "the version saved on Tue 3 March 2026" in html
    assert "+00:00" not in html


def test_declining_a_duplicate_in_the_chooser_leaves_no_message(admin_client):
    image = ImageFactory()
    chosen = reverse("wagtailimages_chooser:chosen", args=[image.pk])
    response = admin_client.post(reverse("wagtailimages:delete", args=[image.pk]) + f"?next={chosen}")
    assert response.status_code == 302
    assert list(get_messages(response.wsgi_request)) == []
    # Deleting from the image library still confirms it.
    other = ImageFactory()
    response = admin_client.post(reverse("wagtailimages:delete", args=[other.pk]))
    assert any("deleted" in str(message) for message in get_messages(response.wsgi_request))


def test_new_documents_start_in_the_member_collection(home_page):
    member = Collection.objects.filter(name=access.MEMBER_EBOOK_COLLECTION).first()
    member = member or Collection.get_first_root_node().add_child(name=access.MEMBER_EBOOK_COLLECTION)

    form = get_document_form(get_document_model())()
    assert form.fields["collection"].initial == member.pk


def test_new_pictures_start_where_the_uploader_filed_the_last_one(admin_user):
    pictures = Collection.get_first_root_node().add_child(name="Blog pictures")
    ImageFactory(collection=pictures, uploaded_by_user=admin_user)
    form = get_image_form(get_image_model())(user=admin_user)
    assert form.fields["collection"].initial == pictures.pk


def test_an_untouched_first_paragraph_is_dropped_not_called_missing():
    stream = BaseStreamBlock(required=False)
    value = stream.clean(stream.to_python([{"type": "paragraph", "value": "<p></p>"}]))
    assert list(value) == []
    kept = stream.clean(stream.to_python([{"type": "paragraph", "value": "<p>Words</p>"}]))
    assert [child.block_type for child in kept] == ["paragraph"]
