"""The admin dashboard's panels: what is scheduled, what was published, and (for member managers) sign-ups."""

import datetime

import pytest

from django.apps import apps
from django.utils import timezone

from tests.editorial.helpers import client_for, scheduled_post, user_in
from tests.factories.blog import BlogPostPageFactory
from tests.factories.learning import LearningModulePageFactory, publish_reviewed

PANEL = "Pages that will be published by themselves"  # the panel's help line


def dashboard(user):
    response = client_for(user).get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
class TestScheduledToGoLive:
    def test_lists_the_next_two_weeks_soonest_first(self, blog, editor):
        now = timezone.now()
        scheduled_post(blog, now + datetime.timedelta(days=3), title="Three days out")
        scheduled_post(blog, now + datetime.timedelta(hours=2), title="Two hours out")
        scheduled_post(blog, now + datetime.timedelta(days=20), title="Twenty days out")

        html = dashboard(editor)

        assert PANEL in html
        assert html.index("Two hours out") < html.index("Three days out")
        assert "Twenty days out" not in html

    def test_shows_only_pages_the_user_may_edit(self, blog, learning, contributor):
        index, _ = learning
        module = LearningModulePageFactory(parent=index, title="Secret module", live=False)
        module.go_live_at = timezone.now() + datetime.timedelta(days=1)
        publish_reviewed(module)

        assert "Secret module" not in dashboard(contributor)

    def test_hidden_when_nothing_is_scheduled(self, blog, editor):
        assert PANEL not in dashboard(editor)  # (the Reports menu still has "Scheduled to go live")


@pytest.mark.django_db
def test_recently_published_newest_first(blog, editor):
    BlogPostPageFactory(parent=blog, title="Older post").save_revision().publish()
    BlogPostPageFactory(parent=blog, title="Newer post").save_revision().publish()

    html = dashboard(editor)

    assert "Recently published" in html
    assert html.index("Newer post") < html.index("Older post")


@pytest.mark.django_db
class TestSampleSignUps:
    def test_member_managers_see_this_weeks_count(self, member_manager):
        SampleRequest = apps.get_model("learning", "SampleRequest")
        for number in range(3):
            SampleRequest.objects.create(first_name="Pat", email=f"pat{number}@example.com")
        old = SampleRequest.objects.create(first_name="Old", email="old@example.com")
        SampleRequest.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=8))

        html = dashboard(member_manager)

        assert "Sample sign-ups this week" in html
        assert "<strong>3</strong> people" in html

    def test_editors_do_not(self, editor):
        assert "Sample sign-ups" not in dashboard(editor)


@pytest.mark.django_db
def test_awaiting_review_shows_for_moderators_not_writers(blog, contributor, moderator):
    post = BlogPostPageFactory(parent=blog, title="Waiting post", live=False, owner=contributor)
    post.save_revision(user=contributor)
    post.get_workflow().start(post, contributor)

    assert "Awaiting your review" in dashboard(moderator)
    assert "Awaiting your review" not in dashboard(user_in("Contributors"))
