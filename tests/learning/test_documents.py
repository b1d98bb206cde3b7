"""Module eBooks are served only through Wagtail's view, and only when the access rule says yes."""

import pytest

from django.conf import settings
from django.test import Client

from tests.factories.learning import UserFactory, make_learning, member_ebook, member_user, publish_reviewed


@pytest.fixture
def ebooks(home_page):
    _, modules = make_learning(home_page, modules=2, sample_number=2)
    locked, sample = member_ebook("Module 1 eBook"), member_ebook("Module 2 eBook")
    modules[0].ebook = locked
    publish_reviewed(modules[0])
    modules[1].ebook = sample
    publish_reviewed(modules[1])
    return locked, sample


def test_documents_are_never_served_directly():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


@pytest.mark.django_db
class TestEbookDownloads:
    def test_anonymous_is_sent_to_log_in(self, ebooks):
        locked, _ = ebooks
        response = Client().get(locked.url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")

    def test_logged_in_non_member_is_refused(self, ebooks):
        locked, _ = ebooks
        client = Client()
        client.force_login(UserFactory())
        assert client.get(locked.url).status_code == 403

    def test_member_downloads(self, ebooks):
        locked, _ = ebooks
        client = Client()
        client.force_login(member_user())
        response = client.get(locked.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")

    def test_sample_grant_opens_only_the_sample_ebook(self, ebooks, mailoutbox):
        from learning import access
        from learning.models import SampleRequest

        locked, sample = ebooks
        client = Client()
        client.cookies[access.SAMPLE_GRANT_COOKIE] = access.make_sample_grant(
            SampleRequest.objects.create(first_name="Al", email="al@example.com", news_consent=True)
        )
        assert client.get(sample.url).status_code == 200
        assert client.get(locked.url).status_code == 302


@pytest.mark.django_db
def test_uploaded_module_video_is_shown_and_served_to_members_only(home_page):
    _, modules = make_learning(home_page, modules=1)
    video = member_ebook("Module 1 video")
    module = modules[0]
    module.video_url = ""
    module.video_file = video
    publish_reviewed(module)

    anonymous = Client()
    assert video.url not in anonymous.get(module.url).content.decode()
    assert anonymous.get(video.url).status_code == 302

    member = Client()
    member.force_login(member_user())
    assert f'<video class="module__video-file" controls preload="metadata" src="{video.url}"' in (
        member.get(module.url).content.decode()
    )
    assert member.get(video.url).status_code == 200
