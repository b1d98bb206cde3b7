"""Each reviewing role's daily task in Chromium, at a person's pace, ending with what readers see and what the
database holds: a contributor writes and submits a post; a moderator asks for changes, approves with a comment
(in the editor and from the dashboard), and approves with a schedule; an editor schedules her own post; a
clinician approves a learning module."""

import datetime

import pytest
from playwright.sync_api import expect

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Page, TaskState, WorkflowState

from authors.models import Author
from editorial import roles
from editorial.models import ClinicalApproval
from editorial.scheduling import when
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_workflow_actions import log_in, press, review_site, settle  # noqa: F401 (fixture)
from tests.editorial.helpers import make_due, user_in
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogPostPageFactory
from tests.factories.learning import LearningModulePageFactory

TITLE = "Saying no without a fight"


def reader_sees(path):
    """The public page as an anonymous reader gets it: (status, text without markup)."""
    response = Client().get(path)
    return response.status_code, " ".join(strip_tags(response.content.decode()).split())


def message_text(editor):
    return editor.page.locator(".messages").inner_text()


@pytest.fixture
def people(review_site):  # noqa: F811 (the fixture imported above)
    blog, learning_index = review_site
    module = LearningModulePageFactory(parent=learning_index, number=2, slug="calm-talk", title="Calm talk")
    writer = user_in(roles.CONTRIBUTORS, username="casey", first_name="Casey", email="casey@example.com")
    user_in(roles.MODERATORS, username="morgan", first_name="Morgan", email="morgan@example.com")
    user_in(roles.EDITORS, username="eden", first_name="Eden", email="eden@example.com")
    clinician = user_in(roles.CLINICAL_REVIEWERS, username="priya", first_name="Priya", last_name="Raman")
    AuthorFactory(
        name="Dr. Priya Raman",
        slug="priya-raman",
        role=Author.Role.CLINICAL_REVIEWER,
        credentials="clinical psychologist",
        user=clinician,
    )
    author = AuthorFactory(name="Jo Parent", slug="jo-parent")
    return blog, module, writer, author


def submitted_post(blog, writer, author):
    post = BlogPostPageFactory(parent=blog, live=False, owner=writer, title=TITLE, slug="saying-no", authors=[author])
    post.save_revision(user=writer)
    post.get_workflow().start(post, writer)
    return post


@pytest.mark.django_db(transaction=True)
def test_a_contributor_writes_and_submits_a_post(live_server, browser, people):
    blog, _, _, _ = people
    casey = log_in(browser, live_server, "casey")
    page = casey.page
    page.goto(f"{live_server.url}/admin/pages/add/blog/blogpostpage/{blog.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_intro", "How to hold a boundary kindly, and what to say when it is tested.")
    page.locator("#body-root .c-sf-add-button").first.click()
    page.get_by_role("option", name="Paragraph").click()
    page.locator("#body-root .public-DraftEditor-content").first.click()
    page.keyboard.type("A boundary is about what you will do, not about what they must do.")
    page.get_by_role("button", name="Choose author").click()
    page.locator(".modal-dialog").get_by_role("link", name="Jo Parent").first.click()
    page.locator(".modal-dialog").wait_for(state="hidden")

    press(casey, f"Submit to {roles.BLOG_REVIEW}")
    settle(casey)

    assert "Sent for review" in message_text(casey)
    post = Page.objects.get(slug="saying-no-without-a-fight").specific
    state = WorkflowState.objects.for_instance(post).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by.username == "casey"
    assert not post.live
    assert any("morgan@example.com" in message.to for message in mail.outbox)
    assert reader_sees("/blog/saying-no-without-a-fight/")[0] == 404


@pytest.mark.django_db(transaction=True)
def test_a_moderator_asks_for_changes_and_the_writer_sees_why(live_server, browser, people):
    blog, _, writer, author = people
    post = submitted_post(blog, writer, author)
    morgan = log_in(browser, live_server, "morgan")
    morgan.page.goto(f"{live_server.url}/admin/pages/{post.pk}/edit/")

    press(morgan, "Request changes", comment="Please say where the quote in paragraph two comes from.")
    settle(morgan)

    assert f"Changes requested: “{TITLE}” went back to Casey" in message_text(morgan)
    state = WorkflowState.objects.for_instance(post).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Please say where the quote in paragraph two comes from."
    email = next(message for message in mail.outbox if "casey@example.com" in message.to)
    assert email.subject == f"Changes requested: “{TITLE}”"
    assert "Please say where the quote in paragraph two comes from." in email.body

    # The writer opens the post: the comment is at the top, and the footer offers what she needs.
    casey = log_in(browser, live_server, "casey")
    casey.page.goto(f"{live_server.url}/admin/pages/{post.pk}/edit/")
    banner = message_text(casey)
    assert "Changes requested by Morgan" in banner
    assert "Please say where the quote in paragraph two comes from." in banner
    casey.page.get_by_role("button", name="Toggle status").click()
    status_panel = casey.page.locator("[data-side-panel='status']")
    expect(status_panel).to_contain_text("Changes requested")  # as the banner, the page lists and the email say
    expect(status_panel).not_to_contain_text("In Moderation")
    casey.page.screenshot(path=str(SCREENSHOTS / "editor-changes-requested.png"))
    footer = casey.page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    expect(footer.get_by_role("button", name="Resubmit for review")).to_be_visible()
    expect(footer.get_by_role("button", name="Withdraw from review")).to_be_visible()
    assert footer.get_by_role("button", name="Restart workflow").count() == 0
    assert reader_sees("/blog/saying-no/")[0] == 404


@pytest.mark.django_db(transaction=True)
def test_a_moderator_approves_with_a_comment(live_server, browser, people):
    blog, _, writer, author = people
    post = submitted_post(blog, writer, author)
    morgan = log_in(browser, live_server, "morgan")
    morgan.page.goto(f"{live_server.url}/admin/pages/{post.pk}/edit/")

    press(morgan, "Approve with comment and Publish", comment="Clear and kind. Thank you!")
    settle(morgan)

    assert f"Approved and published: “{TITLE}” is on the site now." in message_text(morgan)
    post.refresh_from_db()
    assert post.live and not post.has_unpublished_changes
    task_state = TaskState.objects.get(workflow_state__object_id=str(post.pk))
    assert (task_state.status, task_state.comment) == (TaskState.STATUS_APPROVED, "Clear and kind. Thank you!")
    email = next(message for message in mail.outbox if "casey@example.com" in message.to)
    assert email.subject == f"Approved and published: “{TITLE}”"
    status, text = reader_sees("/blog/saying-no/")
    assert status == 200
    assert TITLE in text


@pytest.mark.django_db(transaction=True)
def test_a_moderator_approves_from_the_dashboard_and_is_told_what_happened(live_server, browser, people):
    blog, _, writer, author = people
    post = submitted_post(blog, writer, author)
    morgan = log_in(browser, live_server, "morgan")
    page = morgan.page
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")  # the dashboard's review buttons work once its scripts run
    row = page.locator("tr", has_text=TITLE)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve with comment").click()
    modal = page.locator(".modal-dialog")
    modal.locator("textarea[name=comment]").fill("Lovely, thank you.")
    page.wait_for_timeout(400)  # a person reads the box before sending it
    with page.expect_navigation(timeout=60_000):
        modal.locator("button[type=submit]").click()

    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.locator(".messages")).to_contain_text(f"Approved and published: “{TITLE}” is on the site now.")
    expect(page.locator("tr", has_text=TITLE).get_by_role("button", name="Actions")).to_have_count(0)
    post.refresh_from_db()
    assert post.live
    task_state = TaskState.objects.get(workflow_state__object_id=str(post.pk))
    assert (task_state.status, task_state.comment) == (TaskState.STATUS_APPROVED, "Lovely, thank you.")
    status, text = reader_sees("/blog/saying-no/")
    assert status == 200
    assert TITLE in text


@pytest.mark.django_db(transaction=True)
def test_a_moderator_approves_with_a_schedule(live_server, browser, people):
    blog, _, writer, author = people
    post = submitted_post(blog, writer, author)
    go_live = timezone.localtime(timezone.now() + datetime.timedelta(days=2)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    morgan = log_in(browser, live_server, "morgan")
    page = morgan.page
    page.goto(f"{live_server.url}/admin/pages/{post.pk}/edit/")
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    expect(dialog).to_contain_text("America/New_York")  # the time zone the fields use
    page.locator("#id_go_live_at").click()
    page.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    page.wait_for_timeout(800)  # a person checks the date they typed against the calendar
    page.screenshot(path=str(SCREENSHOTS / "editor-schedule-picker.png"))
    save = dialog.get_by_role("button", name="Save schedule")
    save.click(timeout=15_000)  # a real click: it fails if the calendar covers the button
    page.get_by_text("has been updated").wait_for()
    morgan.account_for_what_was_sent()  # the schedule, saved with the dialog's own button

    press(morgan, "Approve and Publish")
    settle(morgan)

    assert f"Approved and scheduled for {when(go_live)}: “{TITLE}” goes live by itself then." in message_text(morgan)
    post.refresh_from_db()
    assert not post.live
    assert post.status_string == "scheduled"
    assert reader_sees("/blog/saying-no/")[0] == 404

    # The dashboard and the report give the real go-live time, not "Just now".
    page.goto(f"{live_server.url}/admin/")
    expect(page.locator("main")).to_contain_text(when(go_live))
    page.goto(f"{live_server.url}/admin/reports/scheduled/")
    expect(page.locator("main")).to_contain_text(TITLE)
    expect(page.locator("main")).to_contain_text(when(go_live))
    page.screenshot(path=str(SCREENSHOTS / "editor-scheduled-report.png"))

    make_due(post)
    call_command("publish_scheduled")
    status, text = reader_sees("/blog/saying-no/")
    assert status == 200
    assert TITLE in text


@pytest.mark.django_db(transaction=True)
def test_an_editor_schedules_her_own_post(live_server, browser, people):
    blog, _, _, author = people
    post = BlogPostPageFactory(
        parent=blog, live=False, title="Planning for the holidays", slug="planning", authors=[author]
    )
    post.save_revision()
    go_live = timezone.localtime(timezone.now() + datetime.timedelta(days=3)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    eden = log_in(browser, live_server, "eden")
    page = eden.page
    page.goto(f"{live_server.url}/admin/pages/{post.pk}/edit/")
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    page.locator("#id_go_live_at").click()
    page.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    page.wait_for_timeout(800)  # a person checks the date they typed against the calendar
    dialog.get_by_role("button", name="Save schedule").click(timeout=15_000)
    page.get_by_text("has been updated").wait_for()
    eden.account_for_what_was_sent()  # the schedule, saved with the dialog's own button

    press(eden, "Schedule to publish")
    settle(eden)

    expect(page.locator(".messages")).to_contain_text("scheduled")
    post.refresh_from_db()
    assert post.status_string == "scheduled"
    assert reader_sees("/blog/planning/")[0] == 404
    page.goto(f"{live_server.url}/admin/reports/scheduled/")
    expect(page.locator("main")).to_contain_text("Planning for the holidays")
    expect(page.locator("main")).to_contain_text(when(go_live))

    make_due(post)
    call_command("publish_scheduled")
    status, text = reader_sees("/blog/planning/")
    assert status == 200
    assert "Planning for the holidays" in text


@pytest.mark.django_db(transaction=True)
def test_a_clinician_approves_a_module(live_server, browser, people):
    _, module, _, _ = people
    eden = log_in(browser, live_server, "eden")
    eden.page.goto(f"{live_server.url}/admin/pages/{module.pk}/edit/")
    eden.page.fill("#id_summary", "How to start a calm conversation, and how to end one that is not going well.")
    footer = eden.page.get_by_role("navigation", name="Actions (footer)")
    assert footer.get_by_role("button", name="Publish", exact=True).count() == 0  # modules go through the review
    press(eden, f"Submit to {roles.MODULE_CLINICAL_REVIEW}")
    assert "Sent for review" in message_text(eden)

    priya = log_in(browser, live_server, "priya")
    priya.page.goto(f"{live_server.url}/admin/pages/{module.pk}/edit/")
    press(priya, "Approve and Publish")
    settle(eden, priya)

    priya.page.screenshot(path=str(SCREENSHOTS / "editor-clinical-approved.png"))
    assert "Approved and published" in message_text(priya)
    assert "Readers see “Reviewed by Dr. Priya Raman”" in message_text(priya)
    module = Page.objects.get(pk=module.pk).specific
    approval = ClinicalApproval.objects.get(page=module)
    assert module.live and module.live_revision_id == approval.revision_id
    assert approval.approved_by.username == "priya"
    assert approval.revision.user.username == "eden"
    status, text = reader_sees(module.url)
    assert status == 200
    priya.page.goto(live_server.url + module.url)
    priya.page.screenshot(path=str(SCREENSHOTS / "editor-reviewed-by.png"))
    assert f"Reviewed by Dr. Priya Raman, clinical psychologist, on {timezone.localdate():%-d %B %Y}" in text
    assert "How to start a calm conversation" in text
