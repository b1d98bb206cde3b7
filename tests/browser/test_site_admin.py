"""Daily admin tasks end to end, each ending with what readers see: an editor changes the crisis bar (draft, then
publish), an editor changes a post's web address and sends its old address elsewhere (redirects), an editor
merges a misspelt tag into the right one, and a member manager creates a sponsor's access code that a family then
uses.

Screenshots: docs/screenshots/editor-crisis-bar*.png and editor-access-code*.png (by `make screenshots`)."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone

from wagtail.models import Collection, Site

from editorial import roles
from home.models import CrisisSupportSettings
from learning.models import AccessCode, Membership
from tests.browser.conftest import DESKTOP, SCREENSHOTS
from tests.editorial.helpers import PASSWORD, user_in
from tests.factories.accounts import UserFactory
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.home import StandardPageFactory
from tests.factories.learning import LOCKED_WORDS, make_learning

pytestmark = pytest.mark.django_db(transaction=True)
NEW_MESSAGE = "Need to talk to someone right now?"


def snap(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"editor-{name}.png"))


def admin_page(browser, live_server, username):
    page = browser.new_context(viewport=DESKTOP).new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    return page


def open_menu(page, *labels):
    """Click through the admin's main menu, e.g. ("Settings", "Crisis bar")."""
    menu = page.get_by_role("navigation", name="Main menu")
    for label in labels:
        menu.get_by_role("button", name=label).or_(menu.get_by_role("link", name=label)).first.click()


def test_an_editor_changes_the_crisis_bar_and_readers_see_it_after_publishing(live_server, browser, home_page):
    if not Collection.get_first_root_node():  # transactional tests empty the database
        Collection.add_root(name="Root")
    roles.apply_roles()
    help_page = StandardPageFactory(parent=home_page, title="Help", slug="help")
    user_in(roles.EDITORS, username="eden", first_name="Eden")
    crisis = CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))
    old_message = crisis.message

    page = admin_page(browser, live_server, "eden")
    open_menu(page, "Settings", "Crisis bar")
    page.fill("#id_message", NEW_MESSAGE)
    page.get_by_role("button", name="Choose a page").click()
    modal = page.locator(".modal-dialog")
    modal.locator("input[name=q]").fill("Help")  # the chooser's search
    modal.get_by_role("link", name="Help", exact=True).first.click()
    modal.wait_for(state="hidden")
    snap(page, "crisis-bar")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    snap(page, "crisis-bar-draft")

    reader = browser.new_context(viewport=DESKTOP).new_page()
    reader.goto(live_server.url + "/")
    expect(reader.locator(".crisis-bar")).to_contain_text(old_message)  # a draft is not on the site

    page.wait_for_load_state("networkidle")
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish", exact=True).click()
    page.get_by_text("published").first.wait_for()
    snap(page, "crisis-bar-published")

    crisis.refresh_from_db()
    assert crisis.live and crisis.message == NEW_MESSAGE and crisis.more_help_page_id == help_page.pk
    assert crisis.revisions.count() == 2  # the draft and the published version, both in the history

    reader.goto(live_server.url + "/")
    bar = reader.locator(".crisis-bar")
    expect(bar).to_contain_text(NEW_MESSAGE)
    reader.get_by_role("link", name="More ways to get help").click()
    reader.wait_for_url(live_server.url + help_page.url)


def test_a_member_manager_creates_a_sponsor_code_that_a_family_then_uses(live_server, browser, home_page):
    _, modules = make_learning(home_page, modules=1)
    managers, _ = Group.objects.get_or_create(name="Member managers")  # a flushed database lost the migration's
    managers.permissions.add(
        *Permission.objects.filter(content_type__app_label="learning", content_type__model="accesscode"),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    UserFactory(username="marley", first_name="Marley").groups.add(managers)
    family = UserFactory(username="rosa", email="rosa@example.com")
    valid_until = timezone.localdate() + datetime.timedelta(days=90)

    page = admin_page(browser, live_server, "marley")
    open_menu(page, "Members", "Access codes")
    page.get_by_role("link", name=re.compile("Add access code")).first.click()
    page.fill("#id_code", "lucas county 2027")  # a space: not what the help text allows
    page.fill("#id_sponsor_name", "Lucas County Health")
    page.fill("#id_seats", "25")
    page.fill("#id_valid_until", valid_until.isoformat())
    page.get_by_role("button", name="Create", exact=True).click()
    page.get_by_text("Use only letters, numbers and dashes").wait_for()
    expect(page.get_by_text("Constraint")).to_have_count(0)
    snap(page, "access-code")
    page.fill("#id_code", "lucas-2027")
    page.get_by_role("button", name="Create", exact=True).click()
    page.get_by_role("cell", name="LUCAS-2027").wait_for()
    snap(page, "access-codes")
    code = AccessCode.objects.get(code="LUCAS-2027")
    assert (code.sponsor_name, code.seats, code.used_count, code.active) == ("Lucas County Health", 25, 0, True)
    expect(page.get_by_role("cell", name="Yes", exact=True)).to_have_count(1)  # "Working": Yes, not an icon

    # The family uses the code on My learning and opens the locked module.
    reader = browser.new_context(viewport=DESKTOP).new_page()
    reader.goto(live_server.url + "/accounts/login/")
    reader.get_by_label("Email address or username").fill(family.username)
    reader.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    reader.get_by_role("button", name="Log in").click()
    reader.goto(live_server.url + "/accounts/my-learning/")
    reader.get_by_label(re.compile("code", re.IGNORECASE)).first.fill("lucas-2027")
    reader.get_by_role("button", name="Use this code").click()
    reader.get_by_text("Your access code worked").wait_for()
    reader.goto(live_server.url + modules[0].url)
    assert LOCKED_WORDS["body"] in reader.content()
    assert Membership.objects.get(user=family).access_code == code
    code.refresh_from_db()
    assert code.used_count == 1


def test_an_editor_changes_a_web_address_and_then_points_the_old_one_elsewhere(live_server, browser, home_page):
    if not Collection.get_first_root_node():  # transactional tests empty the database
        Collection.add_root(name="Root")
    roles.apply_roles()
    blog = make_blog(home_page)
    post = BlogPostPageFactory(parent=blog, title="Saying no kindly", slug="saying-no")
    help_page = StandardPageFactory(parent=home_page, title="Help", slug="help")
    user_in(roles.EDITORS, username="eden", first_name="Eden")

    page = admin_page(browser, live_server, "eden")
    page.goto(f"{live_server.url}/admin/pages/{post.pk}/edit/")
    page.get_by_role("tab", name="Promote").click()
    page.get_by_label("Web address").fill("saying-no-kindly")
    page.wait_for_load_state("networkidle")  # the footer's menu works once the admin's scripts run
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("has been published")

    # The site made the redirect itself: readers of the old address land on the new one.
    open_menu(page, "Settings", "Redirects")
    row = page.locator("tr", has_text="/blog/saying-no")
    expect(row).to_contain_text("Saying no kindly")
    expect(row).to_contain_text("Permanent", ignore_case=True)
    assert Client().get("/blog/saying-no/", follow=True).redirect_chain[-1][0].endswith("/blog/saying-no-kindly/")

    # The editor points the old address at the help page instead.
    row.get_by_role("link", name="/blog/saying-no").click()
    target = page.locator("[data-chooser-url]").filter(has_text="Saying no kindly")
    target.get_by_role("button", name="Actions").click()
    target.get_by_role("button", name="Choose another page").click()
    modal = page.locator(".modal-dialog")
    modal.locator("input[name=q]").fill("Help")
    modal.get_by_role("link", name="Help", exact=True).first.click()
    modal.wait_for(state="hidden")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("tr", has_text="/blog/saying-no")).to_contain_text("Help")
    response = Client().get("/blog/saying-no/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith(help_page.url)


def test_an_editor_merges_a_misspelt_tag_and_readers_find_both_posts_under_one(live_server, browser, home_page):
    if not Collection.get_first_root_node():  # transactional tests empty the database
        Collection.add_root(name="Root")
    roles.apply_roles()
    blog = make_blog(home_page)
    for title, tag in [("Christmas worries", "holidays"), ("New Year at home", "holiday")]:
        post = BlogPostPageFactory(parent=blog, title=title)
        post.tags.add(tag)
        post.save_revision().publish()
    user_in(roles.EDITORS, username="eden", first_name="Eden")

    page = admin_page(browser, live_server, "eden")
    open_menu(page, "Blog", "Tags")
    for name in ("holiday", "holidays"):
        row = page.get_by_role("row").filter(has=page.get_by_role("link", name=name, exact=True))
        row.get_by_role("checkbox").check()
    page.get_by_role("link", name="Merge the selected tags into one").click()
    page.get_by_role("radio", name="holidays", exact=True).check()
    page.get_by_role("button", name="Yes, merge").click()
    expect(page.locator(".messages")).to_contain_text("Merged 1 tag(s) into 'holidays'.")

    reader = Client()
    listing = reader.get("/blog/tag/holidays/").content.decode()
    assert "Christmas worries" in listing and "New Year at home" in listing
    assert reader.get("/blog/tag/holiday/").status_code == 404
