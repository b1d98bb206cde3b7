"""Locked files live in the private location and open only through the access rule (issue 11, findings 4, 9, 10, 15).

Each attack below answered 200 (or left the file in the public media folder) on the code before the fix.
"""

from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import Client

import wagtail_factories
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission

from home.rendition_tasks import make_renditions
from home.renditions import every_variant_spec
from home.storage import is_private_name
from learning import access
from learning.models import LockedFile, SampleRequest
from tests.factories.learning import UserFactory, make_learning, member_ebook, member_user, publish_reviewed


def public_document(title="Leaflet"):
    document = get_document_model()(title=title, collection=Collection.get_first_root_node())
    document.file.save("leaflet.pdf", ContentFile(b"%PDF-1.4 public leaflet"), save=False)
    document.save()
    return document


def client_for(user=None):
    client = Client()
    if user:
        client.force_login(user)
    return client


def sample_holder():
    client = Client()
    sample_request = SampleRequest.objects.create(first_name="Al", email="al@example.com")
    client.cookies[access.SAMPLE_GRANT_COOKIE] = access.make_sample_grant(sample_request)
    return client


def in_public_media(name):
    return (Path(settings.MEDIA_ROOT) / name).exists()


def in_private_media(name):
    return (Path(settings.PRIVATE_MEDIA_ROOT) / name).exists()


def is_private_no_store(response):
    return "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


@pytest.fixture(autouse=True)
def fresh_rendition_cache():
    """Wagtail caches renditions by image id in the default cache; ids repeat between rolled-back tests."""
    cache.clear()


@pytest.fixture
def modules(home_page):
    _, created = make_learning(home_page, modules=2, sample_number=2)
    return created


def make_picture(title, collection=None, **fields):
    """A real picture (Pillow), filed in the root collection unless told otherwise."""
    return wagtail_factories.ImageFactory(
        title=title, collection=collection or Collection.get_first_root_node(), **fields
    )


def picture_block(image):
    return ("image", {"image": {"image": image, "alt_text": "A kitchen table", "decorative": False}})


@pytest.mark.django_db
class TestLockedDocuments:
    def test_document_in_a_child_of_the_member_collection_is_locked(self, modules):
        """Finding 4: only a collection named exactly 'Member eBooks' counted; its children were public."""
        parent = member_ebook().collection
        child = parent.add_child(name="eBooks 2027")
        document = member_ebook("Chapter in a child collection")
        document.collection = child
        document.save()
        assert Client().get(document.url).status_code == 302
        assert client_for(UserFactory()).get(document.url).status_code == 403
        assert client_for(member_user()).get(document.url).status_code == 200

    def test_document_attached_only_in_a_draft_revision_is_locked(self, modules):
        """Finding 4: a module draft (never published) that attaches a library document left it public."""
        document = public_document("Draft chapter")
        module = modules[0]
        module.ebook = document
        module.save_revision()  # a draft: the live page does not point at the document
        module.refresh_from_db()
        assert module.ebook_id is None
        assert Client().get(document.url).status_code == 302
        assert client_for(member_user()).get(document.url).status_code == 200

    def test_document_linked_from_the_locked_body_is_locked(self, modules):
        document = public_document("Worksheet")
        module = modules[0]
        module.body = [("paragraph", f'<p>Print <a linktype="document" id="{document.pk}">the worksheet</a>.</p>')]
        module.save_revision()
        assert Client().get(document.url).status_code == 302

    def test_a_later_draft_without_the_file_keeps_it_locked(self, modules):
        document = public_document("Once attached")
        module = modules[0]
        module.ebook = document
        publish_reviewed(module)
        module.ebook = None
        publish_reviewed(module)
        assert access.is_locked_document(document)

    def test_member_download_is_never_cached(self, modules):
        """Finding 10: member eBook downloads carried no Cache-Control."""
        document = member_ebook()
        response = client_for(member_user()).get(document.url)
        assert response.status_code == 200
        assert is_private_no_store(response)

    def test_public_document_downloads_for_anyone(self, modules):
        document = public_document()
        response = Client().get(document.url)
        assert response.status_code == 200
        assert "no-store" not in response.get("Cache-Control", "")

    def test_sample_grant_opens_the_sample_modules_files_only(self, modules):
        locked, sample = public_document("Module 1"), public_document("Module 2")
        for module, document in zip(modules, [locked, sample], strict=True):
            module.ebook = document
            publish_reviewed(module)
        client = sample_holder()
        assert client.get(sample.url).status_code == 200
        assert client.get(locked.url).status_code == 302

    def test_documents_are_stored_outside_the_public_media_folder(self, modules):
        """Finding 15: under `make run` every eBook was a file in MEDIA_ROOT, served at /media/documents/."""
        document = member_ebook()
        assert not in_public_media(document.file.name)
        assert in_private_media(document.file.name)
        assert not document.file.path.startswith(str(settings.MEDIA_ROOT))

    def test_a_wrong_filename_or_a_private_media_url_never_serves_a_document(self, modules):
        document = member_ebook()
        assert Client().get(f"/documents/{document.pk}/other.pdf").status_code in (302, 404)
        assert client_for(member_user()).get(f"{settings.PRIVATE_MEDIA_URL}{document.file.name}").status_code == 404


@pytest.mark.django_db
class TestLockedPictures:
    @pytest.fixture
    def picture(self, modules):
        image = make_picture("Locked kitchen picture")
        public_rendition = image.get_rendition("max-165x165")  # e.g. the admin's thumbnail, made before locking
        assert in_public_media(public_rendition.file.name)
        module = modules[0]
        module.body = [picture_block(image)]
        module.save_revision()  # a draft is enough
        image.refresh_from_db()
        return image, public_rendition.file.name

    def test_picture_in_a_module_draft_moves_to_the_private_location(self, picture):
        """Finding 9: pictures in the locked body were plain public files under /media/."""
        image, old_rendition = picture
        assert LockedFile.objects.filter(image=image).exists()
        assert in_private_media(image.file.name) and not in_public_media(image.file.name)
        assert not in_public_media(old_rendition)
        rendition = image.get_rendition("width-800")
        assert in_private_media(rendition.file.name) and not in_public_media(rendition.file.name)
        assert rendition.url.startswith(settings.PRIVATE_MEDIA_URL)

    @pytest.mark.parametrize(
        "make_client", [Client, lambda: client_for(UserFactory())], ids=["anonymous", "non-member"]
    )
    def test_people_without_access_get_neither_original_nor_renditions(self, picture, make_client):
        image, _ = picture
        client = make_client()
        assert client.get(image.file.url).status_code == 403
        assert client.get(image.get_rendition("width-800").url).status_code == 403

    def test_members_get_them_privately(self, picture, modules):
        image, _ = picture
        publish_reviewed(modules[0])
        member = client_for(member_user())
        rendition = image.get_rendition("width-800")
        assert rendition.url in member.get(modules[0].url).content.decode()
        response = member.get(rendition.url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("image/")
        assert is_private_no_store(response)

    def test_sample_holder_gets_pictures_of_the_sample_module_only(self, picture, modules):
        image, _ = picture
        sample_image = make_picture("Sample picture")
        modules[1].body = [picture_block(sample_image)]
        publish_reviewed(modules[1])
        sample_image.refresh_from_db()
        client = sample_holder()
        assert client.get(sample_image.get_rendition("width-800").url).status_code == 200
        assert client.get(image.get_rendition("width-800").url).status_code == 403

    def test_picture_filed_in_the_member_collection_is_private(self, modules):
        collection = member_ebook().collection.add_child(name="Member pictures")
        image = make_picture("Filed picture", collection)
        image.refresh_from_db()
        assert in_private_media(image.file.name)
        assert Client().get(image.get_rendition("width-400").url).status_code == 403

    def test_a_long_file_name_still_fits_its_column_once_private(self, modules):
        """A 94-character upload name (the longest Wagtail keeps) grew past the 100-character column with the
        private prefix: PostgreSQL refused the update (a 500) after the file had already moved."""
        collection = member_ebook().collection.add_child(name="Member pictures")
        long_name = "a-photo-of-the-family-kitchen-table-taken-in-the-morning-light-before-the-school-run-began.jpg"
        image = make_picture("Long name", collection, file__filename=long_name)
        image.refresh_from_db()
        column = type(image)._meta.get_field("file").max_length
        assert len(image.file.name) <= column
        assert is_private_name(image.file.name)
        assert in_private_media(image.file.name) and not in_public_media(image.file.name)
        assert Client().get(image.file.url).status_code == 403

    def test_a_rendition_cut_to_wagtails_60_characters_stays_private(self, modules):
        """Wagtail cuts a rendition's file name to 60 characters by shortening the original's name, keeping the
        filter's: with a long filter it kept only "membe", and the rendition became a public file."""
        collection = member_ebook().collection.add_child(name="Member pictures")
        image = make_picture("Long name", collection, file__filename="a-photo-of-the-family-kitchen-table.jpg")
        image.refresh_from_db()
        rendition = image.get_rendition("fill-1200x630-c100|format-webp|webpquality-75")
        assert is_private_name(rendition.file.name)
        assert in_private_media(rendition.file.name) and not in_public_media(rendition.file.name)
        assert Client().get(rendition.url).status_code == 403

    def test_a_picture_becoming_locked_gets_its_files_again_privately(
        self, modules, django_capture_on_commit_callbacks
    ):
        """Locking deletes the public renditions; every named size is made again, in the private location, when
        the locking transaction commits (home/rendition_tasks.py), so members' pages make none."""
        image = make_picture("Soon locked", file__filename="a-photo-of-the-family-kitchen-table-at-night.jpg")
        make_renditions.call(image.pk)
        public_files = list(image.renditions.values_list("file", flat=True))
        assert public_files and all(in_public_media(name) for name in public_files)
        module = modules[0]
        module.body = [picture_block(image)]
        with django_capture_on_commit_callbacks(execute=True):
            module.save_revision()
        image.refresh_from_db()
        files = list(image.renditions.values_list("file", flat=True))
        assert sorted(image.renditions.values_list("filter_spec", flat=True)) == sorted(every_variant_spec(image))
        assert all(is_private_name(name) and in_private_media(name) and not in_public_media(name) for name in files)
        assert not any(in_public_media(name) for name in public_files)
        assert all(Client().get(rendition.url).status_code == 403 for rendition in image.renditions.all())

    def test_public_pictures_stay_public_files(self, modules):
        image = make_picture("Blog picture")
        rendition = image.get_rendition("width-800")
        assert in_public_media(image.file.name) and in_public_media(rendition.file.name)
        assert rendition.url.startswith(settings.MEDIA_URL)

    def test_contributors_do_not_see_locked_pictures_in_the_chooser(self, picture):
        """Finding 9: contributors' image chooser listed the pictures of the locked body."""
        image, _ = picture
        public = make_picture("Public picture")
        contributors = Group.objects.create(name="Chooser test contributors")
        contributors.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupCollectionPermission.objects.create(
            group=contributors,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(codename="choose_image"),
        )
        contributor = UserFactory()
        contributor.groups.add(contributors)
        html = client_for(contributor).get("/admin/images/chooser/").content.decode()
        assert public.title in html
        assert image.title not in html
        editor = UserFactory(is_superuser=True, is_staff=True)
        assert image.title in client_for(editor).get("/admin/images/chooser/").content.decode()

    def test_editors_see_locked_pictures_in_the_admin(self, picture):
        image, _ = picture
        editor = client_for(UserFactory(is_superuser=True, is_staff=True))
        assert editor.get(image.get_rendition("max-165x165").url).status_code == 200
