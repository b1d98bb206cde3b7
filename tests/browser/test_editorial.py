"""The editorial workflow in a real browser, from writing to the blog index, taking the screenshots of
docs/editor-guide.md (docs/screenshots/editor-*.png) along the way."""

import datetime

import pytest
from playwright.sync_api import expect

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Collection, Page

from editorial import roles
from tests.browser.conftest import DESKTOP, SCREENSHOTS
from tests.editorial.helpers import PASSWORD, make_due, user_in
from tests.factories.authors import AuthorFactory
from tests.factories.blog import make_blog
from tests.factories.images import picture
from tests.factories.learning import make_learning

TITLE = "What helped us through the holidays"


@pytest.fixture
def editorial_site(home_page, settings, tmp_path):
    settings.SCHEDULER_LOCK_FILE = tmp_path / "scheduler.lock"
    settings.SCHEDULER_JOBS = [{"command": "publish_scheduled", "every_minutes": 1}]
    # Transactional tests empty the database, Wagtail's root collection included.
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    roles.apply_roles()
    blog = make_blog(home_page)
    learning_index, _ = make_learning(home_page, modules=1)
    AuthorFactory(name="Jo Parent", slug="jo-parent")
    picture("Kitchen table at dawn", "dawn", description="A kitchen table with two mugs", credit="© Jo Parent")
    return blog, learning_index


def snap(page, name):
    """Save what the editor sees now (the visible part of the admin) as docs/screenshots/editor-<name>.png, with the
    admin's fade-ins of messages and menus shown finished."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"editor-{name}.png"), animations="disabled")


def log_in(browser, live_server, username):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    return page


def choose_in_modal(page, button, link_text):
    """Open a chooser (image, author …) with `button` and pick the item called `link_text`."""
    button.click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("link", name=link_text).first.click()
    modal.wait_for(state="hidden")


def open_footer_action(page, name, screenshot=None):
    """Press one of the actions under the arrow beside the editor's main button (e.g. "Submit to Blog review")."""
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    action = footer.get_by_role("button", name=name, exact=True)
    action.wait_for()
    if screenshot:
        snap(page, screenshot)
    action.click()


@pytest.mark.long
@pytest.mark.django_db(transaction=True)
def test_a_post_from_contributor_to_blog_index(live_server, browser, editorial_site):
    blog, _ = editorial_site
    user_in(roles.CONTRIBUTORS, username="casey", first_name="Casey")
    user_in(roles.MODERATORS, username="morgan", first_name="Morgan", email="morgan@example.com")

    # A contributor writes a post: title, summary, a paragraph, a picture with its credit, an author and two tags.
    page = log_in(browser, live_server, "casey")
    page.goto(live_server.url + f"/admin/pages/add/blog/blogpostpage/{blog.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_intro", "Small plans, an exit line and a walk after dinner.")
    page.locator("#body-root .public-DraftEditor-content").first.click()  # a new post opens on a paragraph
    page.keyboard.type("We agreed on one evening at a time. Here is what worked for our family.")
    snap(page, "write-post")

    choose_in_modal(page, page.get_by_role("button", name="Choose an image"), "Kitchen table at dawn")
    page.fill("#id_featured_image_alt", "A kitchen table with two mugs in early light")
    page.locator("#id_featured_image_alt").scroll_into_view_if_needed()
    snap(page, "image-credit")

    choose_in_modal(page, page.get_by_role("button", name="Choose author"), "Jo Parent")
    tags = page.locator(".tagit input").first
    tags.press_sequentially("holidays, self care,")  # a comma ends each tag (Enter may also save the page)
    tags.scroll_into_view_if_needed()
    snap(page, "tags")

    open_footer_action(page, "Submit to Blog review", screenshot="submit")
    page.get_by_text("Sent for review").wait_for()
    post = Page.objects.get(slug="what-helped-us-through-the-holidays").specific
    assert [tag.name for tag in post.tags.order_by("name")] == ["holidays", "self care"]
    assert post.featured_image.credit == "© Jo Parent"  # typed once, in the image library
    assert not post.live
    snap(page, "submitted")

    # The moderator finds it on the dashboard, sets a go-live time a minute ahead and approves.
    page = log_in(browser, live_server, "morgan")
    expect(page.get_by_role("heading", name="Awaiting your review")).to_be_visible()
    snap(page, "awaiting-review")
    page.goto(live_server.url + f"/admin/pages/{post.pk}/edit/")
    # The field takes whole minutes: two minutes on, cut to the minute, is always at least one minute ahead.
    go_live = timezone.localtime(timezone.now() + datetime.timedelta(minutes=2))
    page.get_by_role("button", name="Toggle preview").click()
    expect(page.frame_locator("iframe").first.get_by_role("heading", name=TITLE)).to_be_visible()  # the preview
    snap(page, "preview")
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name="Set schedule").click()
    page.fill("#id_go_live_at", go_live.strftime("%Y-%m-%d %H:%M"))
    snap(page, "schedule")
    page.get_by_role("button", name="Save schedule").click()  # the calendar opens above the field, not over this
    page.get_by_text("has been updated").wait_for()
    open_footer_action(page, "Approve and Publish", screenshot="approve")
    page.wait_for_url(live_server.url + f"/admin/pages/{blog.pk}/")
    page.get_by_text("Approved and scheduled for").wait_for()
    snap(page, "scheduled")
    post.refresh_from_db()
    assert not post.live
    assert post.status_string == "scheduled"

    # A minute later the scheduler's tick publishes it.
    make_due(post)
    call_command("run_scheduler", "--once")
    page.goto(live_server.url + "/blog/")
    expect(page.get_by_role("link", name=TITLE).first).to_be_visible()
    snap(page, "live-on-blog")


@pytest.mark.django_db(transaction=True)
def test_an_editor_locks_a_new_learning_module(live_server, browser, editorial_site):
    _, learning_index = editorial_site
    user_in(roles.EDITORS, username="eden", first_name="Eden")

    page = log_in(browser, live_server, "eden")
    page.goto(live_server.url + f"/admin/pages/add/learning/learningmodulepage/{learning_index.pk}/")
    page.fill("#id_title", "Planning a calm conversation")
    page.fill("#id_number", "2")
    page.fill("#id_summary", "How to choose a good moment and start a conversation that stays calm.")
    page.get_by_role("tab", name="Members only").click()
    page.fill("#id_video_url", "https://vimeo.com/000000")
    snap(page, "lock-module")

    open_footer_action(page, "Submit to Module clinical review")
    page.get_by_text("Sent for review").wait_for()
    module = Page.objects.get(slug="planning-a-calm-conversation").specific
    assert module.video_url == "https://vimeo.com/000000"
    assert module.current_workflow_state.workflow.name == roles.MODULE_CLINICAL_REVIEW
