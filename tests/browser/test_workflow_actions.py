"""Every footer action of both review workflows, pressed in Chromium, then checked in the database.

Wagtail 7.3+ autosaves drafts. Its change watcher polls the edit form every 500 ms, and the workflow buttons add
hidden fields to the form just before submitting it, so the autosave used to send a second POST of the same
workflow action while the first was still being handled (issue 10, item 1): "Approve and Publish" then answered
500 or left a draft on top of the live page. Each tab therefore records every POST it sends to page views, and
every one must belong to a press: one POST to the edit URL per press, none while the tab waits for its next turn,
and none in a pause longer than the autosave's debounce once the last action is done. Only then is the page's
state read.
"""

from dataclasses import dataclass

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils.text import slugify

from wagtail.models import Collection, Page, TaskState, WorkflowState

from authors.models import Author
from editorial import roles
from tests.browser.conftest import DESKTOP
from tests.editorial.helpers import user_in
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.learning import LearningModulePageFactory, make_learning

# Autosave waits 500 ms after a change, and its change check runs every 500 ms: a pause as long as both together
# still lets a stray autosave POST show. (With WAGTAIL_AUTOSAVE_INTERVAL = 500 on Wagtail 8.0 these tests pass, as
# they did when each press paused this long: the double POST no longer happens, and autosave stays off anyway.)
AUTOSAVE_PAUSE_MS = 1000
SCREENSHOTS = settings.BASE_DIR / "var" / "screenshots"


@dataclass
class Editor:
    """One person's browser tab, every POST it sent to page views, and how many of those its presses account for."""

    page: object
    posts: list
    accounted: int = 0

    def account_for_what_was_sent(self):
        """The POSTs sent so far were the test's own (a dialog it saved itself), not strays."""
        self.accounted = len(self.posts)

    def assert_nothing_sent_since_last_press(self):
        assert self.posts[self.accounted :] == [], f"sent without a press: {self.posts[self.accounted :]}"


@pytest.fixture
def review_site(home_page, settings, tmp_path):
    settings.SCHEDULER_LOCK_FILE = tmp_path / "scheduler.lock"
    if not Collection.get_first_root_node():  # transactional tests empty the database
        Collection.add_root(name="Root")
    roles.apply_roles()
    return make_blog(home_page), make_learning(home_page, modules=1)[0]


def log_in(browser, live_server, username):
    """A tab of `username`'s, already signed in (its session cookie set): these tests are about the review, and the
    admin's sign-in has browser tests of its own (test_editorial, test_security)."""
    context = browser.new_context(viewport=DESKTOP)
    signed_in = Client()
    signed_in.force_login(get_user_model().objects.get(username=username))
    cookie = signed_in.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page = context.new_page()
    posts = []
    page.on(
        "request",
        lambda request: request.method == "POST" and "/admin/pages/" in request.url and posts.append(request.url),
    )
    return Editor(page, posts)


def press(editor, label, comment=None):
    """Press a footer action like a person: open the menu if it is not the main button, write the comment the
    modal asks for, wait for the next page. Returns the POSTs to page views this caused; any the tab sent while it
    sat idle since its last press fails the test."""
    page = editor.page
    editor.assert_nothing_sent_since_last_press()
    footer = page.get_by_role("navigation", name="Actions (footer)")
    button = footer.get_by_role("button", name=label, exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
        button.wait_for()
    with page.expect_navigation(timeout=60_000):
        button.click()
        if comment is not None:
            modal = page.locator(".modal-dialog")
            modal.locator("textarea[name=comment]").fill(comment)
            modal.locator("button[type=submit]").click()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"workflow-{slugify(label)}.png"))
    assert "Internal server error" not in page.content()
    assert "already in use" not in page.content()
    sent, editor.accounted = editor.posts[editor.accounted :], len(editor.posts)
    return sent


def settle(*editors):
    """After the last press: wait longer than an autosave would, then check no tab sent anything more."""
    editors[0].page.wait_for_timeout(AUTOSAVE_PAUSE_MS)
    for editor in editors:
        editor.assert_nothing_sent_since_last_press()


def state_of(page_id):
    page = Page.objects.get(pk=page_id)
    workflow_state = WorkflowState.objects.for_instance(page).order_by("-created_at").first()
    return page, workflow_state


def edit(editor, live_server, page_id):
    editor.page.goto(f"{live_server.url}/admin/pages/{page_id}/edit/")


def run_every_action(live_server, writer, reviewer, page_id, workflow_name, public_path, reviewer_edits=True):
    edit_url = f"/admin/pages/{page_id}/edit/"

    def one_post(posts):
        assert [url for url in posts if url.endswith(edit_url)] == [live_server.url + edit_url], posts

    # The writer submits.
    edit(writer, live_server, page_id)
    one_post(press(writer, f"Submit to {workflow_name}"))
    page, workflow_state = state_of(page_id)
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not page.live

    # The reviewer asks for changes, with a comment.
    edit(reviewer, live_server, page_id)
    one_post(press(reviewer, "Request changes", comment="Please soften the second paragraph."))
    page, workflow_state = state_of(page_id)
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert workflow_state.current_task_state.status == TaskState.STATUS_REJECTED
    assert workflow_state.current_task_state.comment == "Please soften the second paragraph."
    assert not page.live

    # The writer resubmits; the reviewer asks again; the writer withdraws it from review ("Restart workflow" is not
    # offered: with one step it would do what "Resubmit for review" does).
    edit(writer, live_server, page_id)
    one_post(press(writer, "Resubmit for review"))
    assert state_of(page_id)[1].status == WorkflowState.STATUS_IN_PROGRESS
    edit(reviewer, live_server, page_id)
    one_post(press(reviewer, "Request changes", comment="One more change, please."))
    assert state_of(page_id)[1].status == WorkflowState.STATUS_NEEDS_CHANGES
    edit(writer, live_server, page_id)
    one_post(press(writer, "Withdraw from review"))
    page, cancelled = state_of(page_id)
    assert cancelled.status == WorkflowState.STATUS_CANCELLED
    assert not page.live

    # Submitted again, the reviewer (of a post) fixes a typo in the title and approves with a comment: it is live.
    edit(writer, live_server, page_id)
    one_post(press(writer, f"Submit to {workflow_name}"))
    edit(reviewer, live_server, page_id)
    if reviewer_edits:
        title = reviewer.page.locator("#id_title")
        title.fill(title.input_value() + " (reviewed)")
    one_post(press(reviewer, "Approve with comment and Publish", comment="Lovely, thank you."))
    page, workflow_state = state_of(page_id)
    assert workflow_state.status == WorkflowState.STATUS_APPROVED
    assert page.live
    assert not page.has_unpublished_changes  # no draft saved on top of what was published
    assert page.title.endswith("(reviewed)") == reviewer_edits

    # The writer changes the live page and submits; the reviewer approves: the change is live, no draft left.
    edit(writer, live_server, page_id)
    title = writer.page.locator("#id_title")
    title.fill("Second version")
    one_post(press(writer, "Save draft"))
    page, _ = state_of(page_id)
    assert page.has_unpublished_changes
    one_post(press(writer, f"Submit to {workflow_name}"))
    edit(reviewer, live_server, page_id)
    one_post(press(reviewer, "Approve and Publish"))
    page, workflow_state = state_of(page_id)
    assert workflow_state.status == WorkflowState.STATUS_APPROVED
    assert page.live
    assert not page.has_unpublished_changes
    assert page.title == "Second version"
    settle(writer, reviewer)

    response = Client().get(public_path)
    assert response.status_code == 200
    assert "Second version" in response.content.decode()


@pytest.mark.long
@pytest.mark.django_db(transaction=True)
def test_every_blog_review_action(live_server, browser, review_site):
    blog, _ = review_site
    contributor = user_in(roles.CONTRIBUTORS, username="casey", first_name="Casey")
    user_in(roles.MODERATORS, username="morgan", first_name="Morgan", email="morgan@example.com")
    post = BlogPostPageFactory(
        parent=blog, live=False, owner=contributor, slug="our-first-year", authors=[AuthorFactory()]
    )
    post.save_revision(user=contributor)

    run_every_action(
        live_server,
        log_in(browser, live_server, "casey"),
        log_in(browser, live_server, "morgan"),
        post.pk,
        roles.BLOG_REVIEW,
        "/blog/our-first-year/",
    )


@pytest.mark.long
@pytest.mark.django_db(transaction=True)
def test_every_module_clinical_review_action(live_server, browser, review_site):
    _, index = review_site
    editor = user_in(roles.EDITORS, username="eden", first_name="Eden")
    clinician = user_in(roles.CLINICAL_REVIEWERS, username="priya", first_name="Priya")
    AuthorFactory(role=Author.Role.CLINICAL_REVIEWER, credentials="clinical psychologist", user=clinician)
    module = LearningModulePageFactory(parent=index, live=False, owner=editor, number=2, slug="calm-talk")
    module.save_revision(user=editor)

    run_every_action(
        live_server,
        log_in(browser, live_server, "eden"),
        log_in(browser, live_server, "priya"),
        module.pk,
        roles.MODULE_CLINICAL_REVIEW,
        "/learning/calm-talk/",
        reviewer_edits=False,
    )


@pytest.mark.django_db(transaction=True)
def test_a_new_module_submitted_straight_after_typing_is_created_once(live_server, browser, review_site):
    """The second autosave hazard: "Submit" pressed while an autosave of the new page is in flight."""
    _, index = review_site
    user_in(roles.EDITORS, username="eden", first_name="Eden")
    writer = log_in(browser, live_server, "eden")
    add_url = f"{live_server.url}/admin/pages/add/learning/learningmodulepage/{index.pk}/"
    writer.page.goto(add_url)
    writer.page.fill("#id_title", "Looking after yourself")
    writer.page.fill("#id_number", "3")
    writer.page.fill("#id_summary", "Small ways to rest and recover while you help someone you love.")
    writer.page.wait_for_timeout(600)  # just long enough for an autosave to start
    posts = press(writer, f"Submit to {roles.MODULE_CLINICAL_REVIEW}")
    settle(writer)

    assert [url for url in posts if "/preview/" not in url] == [add_url], posts
    created = Page.objects.filter(slug="looking-after-yourself")
    assert created.count() == 1
    assert state_of(created.get().pk)[1].status == WorkflowState.STATUS_IN_PROGRESS
    writer.page.get_by_text("Sent for review").wait_for()
