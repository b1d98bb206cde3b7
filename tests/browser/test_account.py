"""Browser flow of a member's own data: download it from the account page, then delete the account."""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.core import mail

from learning.models import AccessCode, ExerciseAnswer
from tests.browser.conftest import PHONE
from tests.factories.accounts import UserFactory
from tests.factories.learning import AccessCodeFactory, make_learning

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "a-long-family-passphrase"
VAR = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def test_member_downloads_their_data_and_deletes_their_account(live_server, home_page, page, axe_check):
    _, modules = make_learning(home_page, modules=2)
    AccessCodeFactory(code="SPONSOR-1", seats=3)
    user = UserFactory(username="robin", email="robin@example.com", password=PASSWORD)
    AccessCode.redeem("SPONSOR-1", user)
    ExerciseAnswer.objects.create(user=user, module=modules[0], block_id="plan", answer="Call Sam first")
    mail.outbox.clear()
    VAR.mkdir(parents=True, exist_ok=True)

    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email address or username").fill("robin@example.com")
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.locator(".site-menu__toggle").click()  # on a phone the links are in the Menu
    page.get_by_role("link", name="My account").click()
    expect(page.get_by_role("heading", name="My account")).to_be_visible()
    axe_check(page)
    page.screenshot(path=str(VAR / "account-page.png"), full_page=True)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download my data").click()
    data = json.loads(Path(download_info.value.path()).read_text())
    assert data["account"]["email"] == "robin@example.com"
    assert data["learning"]["exercise_answers"][0]["answer"] == "Call Sam first"

    page.get_by_label("Your password").fill("not my password")
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("That password isn't right").first).to_be_visible()
    assert get_user_model().objects.filter(pk=user.pk).exists()

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("everything we held about you have been deleted")).to_be_visible()
    page.screenshot(path=str(VAR / "account-deleted.png"), full_page=True)
    page.locator(".site-menu__toggle").click()  # logged out: the Menu offers "Log in" again
    expect(page.get_by_role("link", name="Log in")).to_be_visible()
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert AccessCode.objects.get().used_count == 0
    assert mail.outbox[-1].to == ["robin@example.com"]
