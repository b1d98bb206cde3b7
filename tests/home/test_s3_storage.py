"""Media on S3-compatible storage (settings/media_storage.py, home/s3_storage.py), against a real S3 server.

moto's S3 server runs in a thread on a free loopback port; each test gets two fresh buckets, named in the same
environment variables a deployment sets. The private bucket's objects must refuse a plain GET (no signature), and
the site's views must keep their access rule: a member gets the file, nobody else does.
"""

import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass

import boto3
import pytest
from botocore.exceptions import ClientError
from moto.server import ThreadedMotoServer

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.test import Client

from wagtail.models import Collection

from blog.recordings import recording_length
from home.s3_storage import PrivateS3Storage
from home.storage import PRIVATE_NAME_PREFIX
from settings.media_storage import FILESYSTEM, media_storages
from tests.factories.blog import silent_recording
from tests.factories.images import ImageFactory
from tests.factories.learning import UserFactory, make_learning, member_ebook, member_user, publish_reviewed

REGION = "us-east-1"


@pytest.fixture(scope="module")
def s3_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@dataclass
class Buckets:
    endpoint: str
    client: object
    public: str
    private: str

    def holds(self, bucket, key):
        try:
            self.client.head_object(Bucket=bucket, Key=key)
        except ClientError as error:
            if error.response["ResponseMetadata"]["HTTPStatusCode"] == 404:
                return False
            raise
        return True

    def object_url(self, bucket, key):
        """The object's plain address on the server (path style), without any signature."""
        return f"{self.endpoint}/{bucket}/{key}"


def unsigned_get(url):
    """Status and body of a GET sent as a stranger would: no credentials, no signature."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (the local S3 server's address)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


@pytest.fixture
def buckets(s3_endpoint, settings, monkeypatch):
    """Two new buckets, and STORAGES as the environment of a deployment that names them sets it."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    suffix = uuid.uuid4().hex[:12]
    environ = {
        "MEDIA_S3_BUCKET": f"public-{suffix}",
        "PRIVATE_MEDIA_S3_BUCKET": f"private-{suffix}",
        "MEDIA_S3_DEFAULT_ACL": "public-read",
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_S3_ADDRESSING_STYLE": "path",
    }
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)
    for name in (environ["MEDIA_S3_BUCKET"], environ["PRIVATE_MEDIA_S3_BUCKET"]):
        client.create_bucket(Bucket=name)
    settings.STORAGES = {**settings.STORAGES, **media_storages(environ)}
    cache.clear()  # Wagtail caches renditions by image id, and ids repeat between rolled-back tests
    return Buckets(s3_endpoint, client, environ["MEDIA_S3_BUCKET"], environ["PRIVATE_MEDIA_S3_BUCKET"])


def client_for(user=None):
    client = Client()
    if user:
        client.force_login(user)
    return client


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


class TestChosenByTheEnvironment:
    def test_without_bucket_variables_files_stay_on_disk(self):
        assert media_storages({}) == FILESYSTEM
        assert media_storages({"AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000"}) == FILESYSTEM

    def test_each_bucket_variable_moves_only_its_own_location(self):
        public_only = media_storages({"MEDIA_S3_BUCKET": "pictures"})
        assert public_only["public_media"]["BACKEND"] == "storages.backends.s3.S3Storage"
        assert public_only["public_media"]["OPTIONS"]["bucket_name"] == "pictures"
        assert public_only["private_media"] == FILESYSTEM["private_media"]
        private_only = media_storages({"PRIVATE_MEDIA_S3_BUCKET": "locked"})
        assert private_only["public_media"] == FILESYSTEM["public_media"]
        assert private_only["private_media"] == {
            "BACKEND": "home.s3_storage.PrivateS3Storage",
            "OPTIONS": {"bucket_name": "locked"},
        }

    def test_public_bucket_options(self):
        options = media_storages(
            {
                "MEDIA_S3_BUCKET": "pictures",
                "MEDIA_S3_CUSTOM_DOMAIN": "media.example.org",
                "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
                "AWS_S3_REGION_NAME": "eu-west-2",
            }
        )["public_media"]["OPTIONS"]
        assert options == {
            "bucket_name": "pictures",
            "querystring_auth": False,
            "file_overwrite": False,
            "custom_domain": "media.example.org",
            "endpoint_url": "https://s3.example.org",
            "region_name": "eu-west-2",
        }

    def test_private_bucket_cannot_be_made_public_or_overwritten(self, settings):
        with pytest.raises(ImproperlyConfigured):
            PrivateS3Storage(bucket_name="locked", default_acl="public-read")
        with pytest.raises(ImproperlyConfigured):
            PrivateS3Storage(bucket_name="locked", file_overwrite=True)
        settings.AWS_DEFAULT_ACL = "public-read"  # set for the public bucket by a deployment
        settings.AWS_S3_FILE_OVERWRITE = True
        storage = PrivateS3Storage(bucket_name="locked")
        assert storage.default_acl == "private"
        assert storage.file_overwrite is False
        assert storage.url("documents/ebook.pdf") == "/members-files/documents/ebook.pdf"


@pytest.mark.django_db
class TestPublicPictures:
    def test_picture_and_renditions_are_public_objects(self, buckets):
        image = ImageFactory(title="Blog picture")
        rendition = image.get_rendition("width-80")
        for name in (image.file.name, rendition.file.name):
            assert buckets.holds(buckets.public, name)
            assert not buckets.holds(buckets.private, name)
        assert rendition.url == buckets.object_url(buckets.public, rendition.file.name)
        status, body = unsigned_get(rendition.url)
        assert status == 200
        assert body == buckets.client.get_object(Bucket=buckets.public, Key=rendition.file.name)["Body"].read()

    def test_two_uploads_of_one_name_stay_two_files(self, buckets):
        first = default_storage.save("original_images/same.txt", ContentFile(b"first"))
        second = default_storage.save("original_images/same.txt", ContentFile(b"second"))
        assert first != second
        assert default_storage.open(first).read() == b"first"


@pytest.fixture
def modules(home_page):
    _, created = make_learning(home_page, modules=2)
    return created


@pytest.mark.django_db
class TestLockedDocuments:
    def test_document_is_a_private_object(self, buckets, modules):
        document = member_ebook()
        assert buckets.holds(buckets.private, document.file.name)
        assert not buckets.holds(buckets.public, document.file.name)
        assert unsigned_get(buckets.object_url(buckets.private, document.file.name))[0] == 403
        assert document.url == f"/documents/{document.pk}/ebook.pdf"

    def test_only_members_download_it(self, buckets, modules):
        document = member_ebook()
        response = client_for(member_user()).get(document.url)
        assert response.status_code == 200
        assert body_of(response) == b"%PDF-1.4 locked ebook"
        assert "no-store" in response["Cache-Control"]
        anonymous = Client().get(document.url)
        assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")
        assert client_for(UserFactory()).get(document.url).status_code == 403

    def test_a_part_is_read_from_the_bucket(self, buckets, modules):
        document = member_ebook("Module video")
        content = bytes(range(256)) * 1024  # 256 KiB: several read buffers
        document.file.save("video.mp4", ContentFile(content), save=True)
        member = client_for(member_user())
        asked = []  # the Range of each GET the site sends to the bucket
        events = storages["private_media"].connection.meta.client.meta.events
        events.register("before-send.s3.GetObject", lambda request, **kwargs: asked.append(request.headers["Range"]))
        response = member.get(document.url, headers={"Range": "bytes=200000-200099"})
        assert response.status_code == 206
        assert response["Content-Range"] == f"bytes 200000-200099/{len(content)}"
        assert body_of(response) == content[200000:200100]
        assert asked == [b"bytes=200000-"]  # the part and what follows, never the file from its start
        assert "no-store" in response["Cache-Control"]
        assert body_of(member.get(document.url)) == content
        assert Client().get(document.url, headers={"Range": "bytes=0-99"}).status_code == 302


@pytest.mark.django_db
def test_a_public_recording_is_kept_privately_and_served_by_the_site(buckets):
    """Every document lives in the private bucket; a podcast episode is one anyone may download, through the site."""
    recording = silent_recording(3)
    assert buckets.holds(buckets.private, recording.file.name)
    assert unsigned_get(buckets.object_url(buckets.private, recording.file.name))[0] == 403
    assert recording_length(recording).total_seconds() == 3  # mutagen reads it from the bucket
    assert recording_length(recording).total_seconds() == 3  # the field's file opens again once closed
    response = Client().get(recording.url)
    assert response.status_code == 200
    assert (
        body_of(response) == buckets.client.get_object(Bucket=buckets.private, Key=recording.file.name)["Body"].read()
    )


@pytest.mark.django_db
class TestLockedPictures:
    @pytest.fixture
    def picture(self, buckets, modules):
        image = ImageFactory(title="Kitchen table", collection=Collection.get_first_root_node())
        public_rendition = image.get_rendition("max-165x165").file.name  # the admin's thumbnail, before locking
        public_original = image.file.name
        assert buckets.holds(buckets.public, public_original) and buckets.holds(buckets.public, public_rendition)
        module = modules[0]
        module.body = [("image", {"image": {"image": image, "alt_text": "A table", "decorative": False}})]
        module.save_revision()  # a draft is enough to lock it
        image.refresh_from_db()
        return image, public_original, public_rendition

    def test_locking_moves_the_picture_to_the_private_bucket(self, buckets, picture):
        image, public_original, public_rendition = picture
        assert image.file.name.rsplit("/", 1)[1].startswith(PRIVATE_NAME_PREFIX)
        assert buckets.holds(buckets.private, image.file.name)
        assert not buckets.holds(buckets.public, public_original)
        assert not buckets.holds(buckets.public, public_rendition)
        rendition = image.get_rendition("width-80")
        assert buckets.holds(buckets.private, rendition.file.name)
        assert not buckets.holds(buckets.public, rendition.file.name)
        assert rendition.url == f"/members-files/{rendition.file.name}"

    def test_the_bucket_refuses_a_plain_get(self, buckets, picture):
        image, _, _ = picture
        rendition = image.get_rendition("width-80")
        for name in (image.file.name, rendition.file.name):
            assert unsigned_get(buckets.object_url(buckets.private, name))[0] == 403

    def test_only_members_see_it_through_the_site(self, buckets, picture, modules):
        image, _, _ = picture
        publish_reviewed(modules[0])
        rendition = image.get_rendition("width-80")
        assert Client().get(rendition.url).status_code == 403
        assert client_for(UserFactory()).get(rendition.url).status_code == 403
        response = client_for(member_user()).get(rendition.url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("image/")
        assert "no-store" in response["Cache-Control"]
        stored = buckets.client.get_object(Bucket=buckets.private, Key=rendition.file.name)["Body"].read()
        assert body_of(response) == stored


@pytest.mark.django_db
def test_range_reader_reads_where_it_is_asked(buckets):
    content = b"0123456789" * 10_000
    name = default_storage.save("documents/numbers.txt", ContentFile(content))
    with storages["private_media"].open(name) as file:
        assert file.size == len(content)
        file.seek(len(content) - 5)
        assert file.read() == b"56789"
        file.seek(12)
        assert file.read(3) == b"234"
        assert file.tell() == 15
    assert file.open().read(4) == b"0123"  # closed, then opened again from the start
    file.close()
    with pytest.raises(ValueError):
        file.open("wb")
    with pytest.raises(FileNotFoundError):
        storages["private_media"].open("documents/missing.pdf")
