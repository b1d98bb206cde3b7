"""Declining a duplicate picture in a real browser, on the image library's "Add images" page ("Delete new image")
and in the image chooser's Upload tab ("Use existing and delete new"): the library is left as it was, with no
message about it on the next page."""

import re

import pytest
from PIL import Image as PillowImage
from playwright.sync_api import expect

from wagtail.images import get_image_model

from editorial import roles
from tests.browser.conftest import DESKTOP
from tests.editorial.helpers import PASSWORD, user_in
from tests.factories.blog import make_blog
from tests.factories.images import root_collection

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(browser, live_server, username):
    page = browser.new_context(viewport=DESKTOP).new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    return page


def test_declining_a_duplicate_upload_leaves_no_stray_picture_or_message(live_server, browser, tmp_path):
    root_collection()  # transactional tests empty the database
    roles.apply_roles()
    user_in(roles.EDITORS, username="eden", first_name="Eden")
    photo = tmp_path / "kitchen-table.png"
    PillowImage.new("RGB", (320, 200), (246, 211, 186)).save(photo)

    page = log_in(browser, live_server, "eden")
    page.goto(live_server.url + "/admin/images/multiple/add/")
    page.wait_for_load_state("networkidle")  # the upload script is running
    uploads = page.locator("#upload-list > li")

    page.set_input_files("#fileupload", str(photo))
    expect(uploads.first).to_have_class(re.compile(r"\bupload-success\b"))
    page.set_input_files("#fileupload", str(photo))
    duplicate = page.locator("#upload-list > li.upload-duplicate")
    expect(duplicate.get_by_text("Delete new image")).to_be_visible()
    assert get_image_model().objects.count() == 2  # Wagtail keeps the second until the editor decides

    duplicate.get_by_role("link", name="Delete new image").click()

    expect(duplicate).to_have_count(0)
    expect(uploads).to_have_count(1)
    expect(page.locator(".messages li")).to_have_count(0)
    page.goto(live_server.url + "/admin/images/")
    expect(page.get_by_role("heading", name="Images")).to_be_visible()
    expect(page.locator(".messages li")).to_have_count(0)
    assert get_image_model().objects.count() == 1


def test_declining_a_duplicate_in_the_image_chooser_keeps_the_existing_picture(
    live_server, browser, tmp_path, home_page
):
    root_collection()
    roles.apply_roles()
    blog = make_blog(home_page)
    user_in(roles.EDITORS, username="eden", first_name="Eden")
    photo = tmp_path / "kitchen-table.png"
    PillowImage.new("RGB", (320, 200), (170, 210, 228)).save(photo)
    page = log_in(browser, live_server, "eden")
    page.goto(live_server.url + "/admin/images/multiple/add/")
    page.wait_for_load_state("networkidle")
    page.set_input_files("#fileupload", str(photo))
    expect(page.locator("#upload-list > li.upload-success")).to_have_count(1)
    (existing,) = get_image_model().objects.all()

    page.goto(live_server.url + f"/admin/pages/add/blog/blogpostpage/{blog.pk}/")
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Choose an image").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    modal.locator("input[type=file]").set_input_files(str(photo))
    expect(modal.get_by_role("textbox", name="Title")).to_have_value("kitchen-table")  # filled in from the file
    modal.get_by_role("button", name="Upload").click()
    expect(modal.get_by_text("seems to be a duplicate")).to_be_visible()
    modal.get_by_role("link", name="Use existing and delete new").click()

    expect(modal).to_be_hidden()
    expect(page.locator("[data-chooser-title]").first).to_have_text(existing.title)
    assert list(get_image_model().objects.all()) == [existing]
    page.goto(live_server.url + "/admin/images/")
    expect(page.get_by_role("heading", name="Images")).to_be_visible()
    expect(page.locator(".messages li")).to_have_count(0)
