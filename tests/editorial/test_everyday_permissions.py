"""Issue 10 item 10: permissions for everyday tasks. Editors see and fix the redirects their web-address changes
create; an author profile links only to a staff login, never to a family's; contributors get no "Set schedule"
(they cannot publish). Each test failed on the code before the change."""

import pytest
from bs4 import BeautifulSoup

from wagtail.contrib.redirects.models import Redirect

from blog.models import BlogPostPage
from tests.editorial.admin_forms import page_form_data, post_fields
from tests.editorial.helpers import client_for
from tests.factories.blog import BlogPostPageFactory
from tests.factories.learning import member_user

SCHEDULE_BUTTON = "Set schedule"


@pytest.mark.django_db
class TestRedirects:
    def test_an_editor_sees_the_redirect_a_slug_change_made_and_fixes_it(
        self, blog, editor, django_capture_on_commit_callbacks
    ):
        post = BlogPostPageFactory(parent=blog, slug="old-address")
        client = client_for(editor)
        edit_url = f"/admin/pages/{post.pk}/edit/"
        data = page_form_data(client, edit_url, body_text="Still here.", slug="new-address")
        data["action-publish"] = "action-publish"
        with django_capture_on_commit_callbacks(execute=True):  # Wagtail makes the redirect once the save commits
            assert client.post(edit_url, data).status_code == 302
        redirect = Redirect.objects.get(old_path="/blog/old-address")
        listing = client.get("/admin/redirects/")
        assert listing.status_code == 200
        assert "/blog/old-address" in listing.content.decode()
        edit = client.get(f"/admin/redirects/{redirect.pk}/")
        assert edit.status_code == 200
        response = client.post(
            f"/admin/redirects/{redirect.pk}/",
            {"old_path": "/blog/old-address", "site": "", "is_permanent": "on", "redirect_page": blog.pk},
        )
        assert response.status_code == 302, response.context["form"].errors
        redirect.refresh_from_db()
        assert redirect.redirect_page_id == blog.pk

    def test_contributors_and_moderators_do_not_manage_redirects(self, contributor, moderator):
        for user in (contributor, moderator):
            assert client_for(user).get("/admin/redirects/").status_code == 302


@pytest.mark.django_db
class TestAuthorLogin:
    def test_the_user_field_lists_staff_logins_only(self, editor, contributor):
        family = member_user(user__username="family-member-login")
        html = client_for(editor).get("/admin/snippets/authors/author/add/").content.decode()
        options = BeautifulSoup(html, "html.parser").select('select[name="user"] option')
        offered = {option["value"] for option in options}
        assert str(editor.pk) in offered
        assert str(contributor.pk) in offered
        assert str(family.pk) not in offered

    def test_a_family_login_cannot_be_posted_either(self, editor):
        family = member_user()
        response = client_for(editor).post(
            "/admin/snippets/authors/author/add/",
            {
                "name": "Jo",
                "slug": "jo",
                "role": "staff",
                "user": family.pk,
                "books-TOTAL_FORMS": "0",
                "books-INITIAL_FORMS": "0",
                "books-MIN_NUM_FORMS": "0",
                "books-MAX_NUM_FORMS": "1000",
            },
        )
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()


@pytest.mark.django_db
class TestSchedule:
    def test_contributors_get_no_set_schedule(self, blog, author, contributor):
        client = client_for(contributor)
        add_url = f"/admin/pages/add/blog/blogpostpage/{blog.pk}/"
        add_page = client.get(add_url).content.decode()
        assert SCHEDULE_BUTTON not in add_page
        assert 'name="go_live_at"' not in add_page
        data = page_form_data(client, add_url, **post_fields("Proposed date", author))
        data["go_live_at"] = "2030-01-01 09:00"
        data["action-submit"] = "action-submit"
        assert client.post(add_url, data).status_code == 302
        post = BlogPostPage.objects.get(slug="proposed-date")
        assert post.go_live_at is None
        edit_page = client.get(f"/admin/pages/{post.pk}/edit/").content.decode()
        assert SCHEDULE_BUTTON not in edit_page

    def test_people_who_publish_do(self, blog, moderator, editor):
        post = BlogPostPageFactory(parent=blog)
        for user in (moderator, editor):
            assert SCHEDULE_BUTTON in client_for(user).get(f"/admin/pages/{post.pk}/edit/").content.decode()
