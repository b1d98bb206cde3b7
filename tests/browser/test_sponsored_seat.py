"""End to end: a family without a code asks for a sponsored seat on a phone, a member manager approves it in the
admin, and the family joins with the emailed single-use invitation and opens a locked module."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group, Permission
from django.core import mail

from learning.models import Membership, SeatRequest
from tests.browser.conftest import DESKTOP, PHONE
from tests.factories.accounts import UserFactory
from tests.factories.learning import LOCKED_WORDS, make_learning

pytestmark = pytest.mark.django_db(transaction=True)
VAR = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PASSWORD = "correct-horse-battery"  # UserFactory's


def shot(page, name):
    VAR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(VAR / f"{name}.png"), full_page=True)


def test_family_asks_for_a_seat_a_manager_grants_it_and_the_family_gets_in(
    live_server, home_page, browser, page, axe_check
):
    _, modules = make_learning(home_page, modules=2)
    manager = UserFactory(username="marley", is_staff=True)
    # The group comes from a data migration; an earlier live-server test may have flushed it, so make it again.
    managers, _ = Group.objects.get_or_create(name="Member managers")
    managers.permissions.add(
        *Permission.objects.filter(content_type__app_label="learning", content_type__model="seatrequest"),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    manager.groups.add(managers)
    mail.outbox.clear()

    # The family, on a phone: from the join page's ways in to the request form.
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/accounts/join/")
    axe_check(page)
    shot(page, "join-ways-in-phone")
    page.get_by_role("link", name="Ask for a sponsored seat").click()
    page.get_by_label("Your email address").fill("rosa@example.com")
    page.get_by_label("Where you live").fill("Toledo, Ohio")
    page.get_by_label("Your situation, in a few words").fill("My daughter drinks every night; we can't pay.")
    axe_check(page)
    shot(page, "seat-request-phone")
    page.get_by_role("button", name="Send my request").click()
    page.get_by_role("heading", name="Thank you: we have your request").wait_for()
    axe_check(page)

    # The member manager, in the admin: the listing, the confirmation, the approval.
    admin = browser.new_context(viewport=DESKTOP).new_page()
    admin.goto(live_server.url + "/admin/login/")
    admin.fill("#id_username", "marley")
    admin.fill("#id_password", PASSWORD)
    admin.click("button[type=submit]")
    admin.wait_for_url(live_server.url + "/admin/")
    admin.goto(live_server.url + "/admin/learning/seatrequest/")
    admin.get_by_role("link", name="Approve and invite").first.click()
    admin.get_by_text("Toledo, Ohio").wait_for()
    shot(admin, "seat-request-approve-admin")
    admin.get_by_role("button", name="Approve and send the invitation").click()
    admin.get_by_text("the invitation").first.wait_for()
    seat_request = SeatRequest.objects.get()
    assert seat_request.status == SeatRequest.Status.APPROVED
    code = re.search(r"SEAT-\w{4}-\w{4}", mail.outbox[-1].body).group(0)
    assert code == seat_request.invitation.code

    # The family joins with the code, confirms the address and opens a locked module.
    page.goto(live_server.url + "/accounts/join/")
    page.get_by_label("Email address").fill("rosa@example.com")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-long-family-passphrase")
    page.get_by_label("Type the password again").fill("a-long-family-passphrase")
    page.get_by_label(re.compile("^Access code")).fill(code.lower())
    page.get_by_role("button", name="Join").click()
    link = re.search(r"http://[^/\s]+(/accounts/verify/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(live_server.url + link)
    page.get_by_role("button", name="Confirm my email address").click()  # confirming logs nobody in
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email address or username").fill("rosa@example.com")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-long-family-passphrase")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/accounts/my-learning/"))
    page.goto(live_server.url + modules[0].url)
    assert LOCKED_WORDS["body"] in page.content()
    assert Membership.objects.get(user__email="rosa@example.com").access_code.code == code

    # Members are never told to become members.
    page.goto(live_server.url + "/")
    expect(page.get_by_text("Become a member")).to_have_count(0)
