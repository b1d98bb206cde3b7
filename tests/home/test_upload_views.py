"""Uploads start in the collection the upload forms choose (eBooks in the member collection, pictures where the
uploader filed the last one): on the pages that take several files at once, on "Add a document" and in the
choosers' Upload tab."""

import re

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection

from learning import access
from tests.factories.images import ImageFactory

pytestmark = pytest.mark.django_db


def selected_collections(client, url):
    html = client.get(url).content.decode()
    select = re.search(r'<select id="id_add\w+_collection" name="collection">(.*?)</select>', html, re.S)
    assert select, "the page offers no choice of collection"
    return re.findall(r'<option value="(\d+)"\s*selected\s*>', select.group(1))


@pytest.fixture
def member_collection(db):
    """The member eBooks collection (a data migration makes it)."""
    return Collection.objects.get(name=access.MEMBER_EBOOK_COLLECTION)


@pytest.fixture
def pictures(db):
    return Collection.get_first_root_node().add_child(name="Blog pictures")


def test_documents_start_in_the_member_collection(admin_client, member_collection, pictures):
    url = reverse("wagtaildocs:add_multiple")
    assert selected_collections(admin_client, url) == [str(member_collection.pk)]


def test_a_collection_named_in_the_address_still_wins(admin_client, member_collection, pictures):
    url = reverse("wagtaildocs:add_multiple") + f"?collection_id={pictures.pk}"
    assert selected_collections(admin_client, url) == [str(pictures.pk)]


def test_without_a_member_collection_documents_start_where_wagtail_starts(admin_client, member_collection, pictures):
    member_collection.delete()
    assert selected_collections(admin_client, reverse("wagtaildocs:add_multiple")) == []  # the first: Root


def test_pictures_start_where_the_uploader_filed_the_last_one(admin_client, admin_user, member_collection, pictures):
    url = reverse("wagtailimages:add_multiple")
    assert selected_collections(admin_client, url) == []  # no picture yet: the first in the list, Root
    ImageFactory(collection=pictures, uploaded_by_user=admin_user)
    assert selected_collections(admin_client, url) == [str(pictures.pk)]


def test_uploading_files_in_the_chosen_collection(admin_client, member_collection, pictures):
    upload = SimpleUploadedFile("chapter.pdf", b"%PDF-1.4 a chapter", content_type="application/pdf")
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"), {"collection": str(member_collection.pk), "files[]": upload}
    )
    assert response.json()["success"]
    assert get_document_model().objects.get().collection == member_collection


def selected_option(html, select_id):
    select = re.search(rf'<select name="[\w-]+" id="{select_id}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no {select_id} in the page"
    return re.findall(r'<option value="(\d+)"\s*selected\s*>', select.group(1))


def test_add_a_document_and_the_chooser_upload_tab_start_in_the_member_collection(admin_client, member_collection):
    html = admin_client.get(reverse("wagtaildocs:add")).content.decode()
    assert selected_option(html, "id_collection") == [str(member_collection.pk)]
    chooser = admin_client.get(reverse("wagtaildocs_chooser:choose")).json()["html"]
    assert selected_option(chooser, "id_document-chooser-upload-collection") == [str(member_collection.pk)]


def test_the_image_chooser_upload_tab_starts_where_the_last_picture_went(admin_client, admin_user, pictures):
    ImageFactory(collection=pictures, uploaded_by_user=admin_user)
    chooser = admin_client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert selected_option(chooser, "id_image-chooser-upload-collection") == [str(pictures.pk)]
