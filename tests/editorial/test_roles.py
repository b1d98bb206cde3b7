"""What each role may open in the admin. Wagtail answers a refused admin page with 403 or a redirect to the
dashboard (or, for the page explorer, to the part of the tree the user may explore); all count as "denied"."""

import json
import re

import pytest

from django.contrib.auth.models import Group

from wagtail.models import GroupPagePermission, Page, WorkflowPage

from editorial import roles
from editorial.models import ClinicalReviewTask
from tests.editorial.admin_forms import page_form_data, post_fields
from tests.editorial.helpers import client_for
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.learning import LearningModulePageFactory

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

MEMBER_ADMIN = ["/admin/learning/membership/", "/admin/learning/accesscode/", "/admin/learning/samplerequest/"]


def is_denied(response):
    if response.status_code == 302:
        return response["Location"].startswith("/admin/") and response["Location"] != response.request["PATH_INFO"]
    return response.status_code == 403


def menu_labels(client):
    """The labels of the admin sidebar's menu, read from the data Wagtail's sidebar is drawn from."""
    html = client.get("/admin/").content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    return re.findall(r'"label": "([^"]+)"', json.dumps(json.loads(props.group(1))))


@pytest.mark.django_db
class TestRolesExist:
    def test_the_migration_roles_and_workflows(self):
        names = set(Group.objects.values_list("name", flat=True))
        assert {roles.EDITORS, roles.MODERATORS, roles.CONTRIBUTORS, roles.CLINICAL_REVIEWERS} <= names
        assert Group.objects.filter(name="Member managers").count() == 1

    def test_applying_again_changes_nothing(self, editorial_roles):
        counts = (Group.objects.count(), GroupPagePermission.objects.count(), WorkflowPage.objects.count())
        roles.apply_roles()
        assert (Group.objects.count(), GroupPagePermission.objects.count(), WorkflowPage.objects.count()) == counts

    def test_a_new_blog_index_gets_its_workflow_and_contributors(self, home_page, editorial_roles):
        blog = make_blog(home_page)
        assert WorkflowPage.objects.get(page=blog).workflow.name == roles.BLOG_REVIEW
        assert GroupPagePermission.objects.filter(
            group__name=roles.CONTRIBUTORS, page=blog, permission__codename="add_page"
        ).exists()

    def test_the_learning_index_gets_the_clinical_review(self, learning):
        index, _ = learning
        workflow = WorkflowPage.objects.get(page=index).workflow
        assert workflow.name == roles.MODULE_CLINICAL_REVIEW
        task = workflow.tasks.get().specific
        assert isinstance(task, ClinicalReviewTask)  # converted by editorial.0005 from the first migration's task
        assert [group.name for group in task.groups.all()] == [roles.CLINICAL_REVIEWERS]
        assert GroupPagePermission.objects.filter(
            group__name=roles.CLINICAL_REVIEWERS, page=index, permission__codename="publish_page"
        ).exists()
        assert not GroupPagePermission.objects.filter(group__name=roles.CONTRIBUTORS, page=index).exists()


@pytest.mark.django_db
class TestContributor:
    def test_can_write_a_post_but_not_publish_it(self, blog, author, contributor):
        client = client_for(contributor)
        add_url = f"/admin/pages/add/blog/blogpostpage/{blog.pk}/"
        data = page_form_data(client, add_url, **post_fields("My family story", author))
        data["action-publish"] = "action-publish"
        response = client.post(add_url, data)

        post = Page.objects.get(slug="my-family-story")
        assert response.status_code == 302
        assert not post.live
        assert post.owner == contributor
        edit_page = client.get(f"/admin/pages/{post.pk}/edit/")
        assert edit_page.status_code == 200
        assert 'name="action-publish"' not in edit_page.content.decode()
        assert 'name="action-submit"' in edit_page.content.decode()

    def test_cannot_edit_other_peoples_posts(self, blog, contributor):
        post = BlogPostPageFactory(parent=blog)
        assert is_denied(client_for(contributor).get(f"/admin/pages/{post.pk}/edit/"))

    def test_never_sees_learning_drafts_or_member_data(self, blog, learning, contributor, editor):
        index, module = learning
        draft = LearningModulePageFactory(parent=index, title="Unreleased module zqxdraft", live=False)
        draft.save_revision(user=editor)
        draft.get_workflow().start(draft, editor)  # in clinical review
        client = client_for(contributor)
        for url in [
            f"/admin/pages/{module.pk}/edit/",
            f"/admin/pages/{draft.pk}/edit/",
            f"/admin/pages/{draft.pk}/view_draft/",
            f"/admin/pages/add/learning/learningmodulepage/{index.pk}/",
            f"/admin/pages/{index.pk}/",
            *MEMBER_ADMIN,
        ]:
            assert is_denied(client.get(url)), url
        listings = [
            "/admin/pages/search/?q=Unreleased",
            "/admin/reports/site-history/",
            "/admin/reports/workflow/",
        ]
        for url in listings:
            response = client.get(url)
            assert response.status_code == 200, url
            assert "Unreleased module" not in response.content.decode(), url
        # The same listings do show the draft to an editor, so the check above can fail.
        for url in listings:
            assert "Unreleased module" in client_for(editor).get(url).content.decode(), url

    def test_can_choose_authors_and_images_for_a_post(self, blog, contributor):
        client = client_for(contributor)
        assert client.get("/admin/snippets/choose/authors/author/").status_code == 200
        assert client.get("/admin/images/chooser/").status_code == 200


@pytest.mark.django_db
class TestEditor:
    def test_edits_both_publishes_posts_and_submits_modules(self, blog, learning, editor):
        _, module = learning
        post = BlogPostPageFactory(parent=blog)
        client = client_for(editor)
        post_page = client.get(f"/admin/pages/{post.pk}/edit/").content.decode()
        assert 'name="action-publish"' in post_page
        module_page = client.get(f"/admin/pages/{module.pk}/edit/")
        assert module_page.status_code == 200
        # Modules go live only through the clinical review (tests/editorial/test_clinical_review.py).
        assert 'name="action-publish"' not in module_page.content.decode()
        assert f"Submit to {roles.MODULE_CLINICAL_REVIEW}" in module_page.content.decode()

    @pytest.mark.parametrize(
        "url",
        [
            "/admin/snippets/authors/author/",
            "/admin/snippets/blog/blogcategory/",
            "/admin/snippets/taggit/tag/",
            "/admin/searchpicks/",
            "/admin/reports/tags-used-once/",
            "/admin/images/",
            "/admin/documents/",
        ],
    )
    def test_manages_authors_categories_tags_and_promotions(self, blog, editor, url):
        assert client_for(editor).get(url).status_code == 200

    @pytest.mark.parametrize("url", MEMBER_ADMIN)
    def test_cannot_see_member_data(self, editor, url):
        assert is_denied(client_for(editor).get(url))


@pytest.mark.django_db
class TestModerator:
    def test_can_open_posts_but_not_member_data(self, blog, moderator):
        post = BlogPostPageFactory(parent=blog)
        client = client_for(moderator)
        assert client.get(f"/admin/pages/{post.pk}/edit/").status_code == 200
        for url in MEMBER_ADMIN:
            assert is_denied(client.get(url)), url


@pytest.mark.django_db
class TestMemberManager:
    def test_sees_only_the_members_menu(self, blog, member_manager):
        labels = menu_labels(client_for(member_manager))
        assert "Members" in labels
        for other in ["Pages", "Blog", "Authors", "Images", "Documents", "Reports", "Settings"]:
            assert other not in labels

    def test_opens_member_data_and_nothing_else(self, blog, learning, member_manager):
        _, module = learning
        client = client_for(member_manager)
        for url in MEMBER_ADMIN:
            assert client.get(url).status_code == 200, url
        for url in [
            f"/admin/pages/{module.pk}/edit/",
            f"/admin/pages/add/blog/blogpostpage/{blog.pk}/",
            "/admin/snippets/authors/author/",
            "/admin/images/",
        ]:
            assert is_denied(client.get(url)), url
