"""The Content-Security-Policy in a real browser: the Wagtail admin keeps working under it, the public pages raise
no violation, and a locked picture shows for a member but not for a stranger (issue 11, findings 9 and 14)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.test import Client

from wagtail.models import Collection

from tests.browser.conftest import DESKTOP
from tests.factories.images import picture
from tests.factories.learning import UserFactory, make_learning, member_user, publish_reviewed

PASSWORD = "correct-horse-battery"  # UserFactory's
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture
def locked_picture_module(home_page, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    if not Collection.get_first_root_node():  # transactional tests empty the database, root collection included
        Collection.add_root(name="Root")
    _, modules = make_learning(home_page, modules=1)
    image = picture("Locked kitchen picture", "dawn")
    module = modules[0]
    module.body = [("image", {"image": {"image": image, "alt_text": "A kitchen table", "decorative": False}})]
    publish_reviewed(module)
    image.refresh_from_db()
    return module, image


def watch_for_csp_violations(page):
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    return violations


def log_in(browser, live_server, path, user):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    violations = watch_for_csp_violations(page)
    page.goto(live_server.url + path)
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    return page, violations


def loaded(page, selector):
    return page.eval_on_selector(selector, "img => img.complete && img.naturalWidth > 0")


def test_the_admin_works_under_its_policy(live_server, browser, locked_picture_module):
    module, image = locked_picture_module
    editor = UserFactory(is_superuser=True, is_staff=True)
    page, violations = log_in(browser, live_server, "/admin/login/", editor)
    assert page.url == live_server.url + "/admin/"

    page.goto(live_server.url + f"/admin/pages/{module.pk}/edit/")
    page.get_by_role("tab", name="Members only").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-streamfield-child]").count() >= 1 or page.locator(".w-panel").count() > 0
    page.locator("main").get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "security-admin-editor.png"))
    expect(page.locator(".messages")).to_contain_text("has been updated")
    module.refresh_from_db()
    assert module.live and module.latest_revision.user_id == editor.pk

    page.goto(live_server.url + "/admin/images/")
    page.wait_for_load_state("networkidle")
    assert loaded(page, f"img[alt='{image.title}'], [data-image-id='{image.pk}'] img, img")  # the thumbnail
    page.screenshot(path=str(SHOTS / "security-admin-images.png"))
    assert violations == [], "\n".join(violations)


def test_a_member_sees_the_locked_picture_a_stranger_does_not(live_server, browser, locked_picture_module):
    module, image = locked_picture_module
    member = Client()
    member.force_login(member_user())  # the member login form has its own browser tests (accounts)
    context = browser.new_context(viewport=DESKTOP)
    cookie = member.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])
    page = context.new_page()
    violations = watch_for_csp_violations(page)
    page.goto(live_server.url + module.url)
    page.wait_for_load_state("networkidle")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "security-member-module.png"), full_page=True)
    assert loaded(page, ".module__body img")
    assert "/members-files/" in page.get_attribute(".module__body img", "src")
    page.screenshot(path=str(SHOTS / "security-member-module.png"), full_page=True)
    assert violations == []

    stranger = browser.new_page()
    address = live_server.url + page.get_attribute(".module__body img", "src")
    assert stranger.goto(address).status == 403
