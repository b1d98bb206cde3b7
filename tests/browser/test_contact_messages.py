"""A contact responder's daily task in a real browser: a family writes through the contact page, and the staff
member who answers messages finds it under Forms, reads it and deletes it once answered."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group, Permission

from wagtail.contrib.forms.models import FormSubmission

from contact.messages_access import CONTACT_RESPONDERS, READ_MESSAGES_PERMISSION
from tests.browser.conftest import DESKTOP
from tests.editorial.helpers import PASSWORD
from tests.factories.contact import make_contact_page
from tests.factories.learning import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)
PRIVATE_WORDS = "My son relapsed at the weekend and I do not know what to say to him."


def test_a_responder_reads_a_familys_message_and_deletes_it(live_server, browser, home_page):
    make_contact_page(home_page)
    responders, _ = Group.objects.get_or_create(name=CONTACT_RESPONDERS)  # a flushed database lost the migration's
    responders.permissions.add(
        *Permission.objects.filter(content_type__app_label="contact", codename=READ_MESSAGES_PERMISSION),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    UserFactory(username="marley", first_name="Marley").groups.add(responders)

    family = browser.new_context(viewport=DESKTOP).new_page()
    family.goto(live_server.url + "/contact/")
    family.get_by_label("Your name").fill("Jo Parent")
    family.get_by_label("Your email address").fill("jo@example.com")
    family.get_by_label("Your message").fill(PRIVATE_WORDS)
    family.get_by_role("button", name="Send").click()
    expect(family.get_by_text("Thank you for writing.")).to_be_visible()

    page = browser.new_context(viewport=DESKTOP).new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "marley")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Forms").click()
    page.get_by_role("link", name="Contact us").first.click()
    expect(page.get_by_role("cell", name=PRIVATE_WORDS)).to_be_visible()
    expect(page.get_by_role("cell", name="jo@example.com")).to_be_visible()

    page.locator("main tbody input[type=checkbox]").first.check()
    page.get_by_role("button", name="Delete selected submissions").click()
    page.get_by_role("button", name="Delete").click()  # the confirmation page
    expect(page.get_by_text("There have been no submissions")).to_be_visible()
    assert FormSubmission.objects.count() == 0
