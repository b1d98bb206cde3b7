"""Progress on a phone (390×844): saving an answer confirms beside it; a module is done when the member says so
(and undoes it) or when every answer box is filled; deleting answers asks first and can be undone; My learning
shows "n of 3 done" and "Continue" opens the module at the section last read. No CSP violation on the way."""

import re

import pytest
from playwright.sync_api import expect

from learning.models import ExerciseAnswer, ModuleProgress
from tests.browser.conftest import PHONE
from tests.factories.learning import make_learning, member_user, publish_reviewed

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def learning(home_page):
    _, modules = make_learning(home_page, modules=3)
    for module in modules:
        module.body = [
            ("heading", {"text": "Why it matters", "level": "h2", "anchor": ""}),
            ("paragraph", "<p>" + "Small, steady changes at home make a difference. " * 30 + "</p>"),
            ("exercise", {"title": "Notice", "prompt": "<p>Write one thing.</p>", "guidance": "", "answer_box": True}),
            ("paragraph", "<p>" + "Take your time with the exercise above. " * 40 + "</p>"),
        ]
        publish_reviewed(module)
    return modules


def log_in(page, live_server, user):
    page.set_viewport_size(PHONE)
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email address or username").fill(user.username)
    page.get_by_label(re.compile(r"^Password:?$")).fill("correct-horse-battery")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile("my-learning|/$"))
    return violations


def in_viewport(page, locator):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]


def test_member_saves_marks_deletes_undoes_and_continues(live_server, learning, page, screenshot, axe_check):
    user = member_user()
    violations = log_in(page, live_server, user)

    # Saving an answer: the confirmation appears beside the button, on screen.
    page.goto(live_server.url + learning[0].url)
    answer = page.get_by_label(re.compile("Your answer"))
    answer.fill("We had dinner together and nobody argued.")
    page.get_by_role("button", name="Save my answer").click()
    status = page.locator("[data-saved-status]")
    status.get_by_text(re.compile("Saved at")).wait_for()
    assert in_viewport(page, status) and in_viewport(page, page.get_by_role("button", name="Save my answer"))
    expect(status).to_contain_text("marked as done")  # the only answer box is filled: the module is finished
    screenshot(page, "progress-answer-saved-phone")
    assert ModuleProgress.objects.get(user=user, module=learning[0]).completed_by == "finished"

    # Deleting asks first, then offers undo.
    page.reload()
    page.get_by_text("Delete my answers for this module").click()
    page.get_by_role("button", name="Yes, delete my answers").click()
    undo = page.get_by_role("button", name="Undo: bring my answers back")
    expect(undo).to_be_visible()
    assert in_viewport(page, undo)
    screenshot(page, "progress-answers-deleted-phone")
    axe_check(page)
    assert not ExerciseAnswer.answers_by_block(user, learning[0])
    undo.click()
    assert page.get_by_label(re.compile("Your answer")).input_value() == "We had dinner together and nobody argued."

    # Mark as done, and undo it.
    page.goto(live_server.url + learning[1].url)
    page.get_by_role("button", name="Mark as done").click()
    expect(page.get_by_text("You marked this module as done")).to_be_visible()
    page.get_by_role("button", name="Mark as not done").click()
    expect(page.get_by_role("button", name="Mark as done")).to_be_visible()
    assert ModuleProgress.objects.get(user=user, module=learning[1]).completed_at is None

    # Reading module 3 as far as its exercise: My learning then opens it there.
    page.goto(live_server.url + learning[2].url)
    section = next(f"exercise-{b.id}" for b in learning[2].body if b.block_type == "exercise")

    def reports_the_exercise(response):  # the answer, not the request: the position is stored by then
        return response.url.endswith("/position/") and section in (response.request.post_data or "")

    with page.expect_response(reports_the_exercise):
        page.locator(f"#{section}").scroll_into_view_if_needed()
        page.mouse.wheel(0, 200)
    page.goto(live_server.url + "/accounts/my-learning/")
    expect(page.get_by_text("1 of 3 done")).to_be_visible()
    screenshot(page, "progress-my-learning-phone")
    axe_check(page)
    page.get_by_role("link", name=re.compile("Continue where you left off")).click()
    page.wait_for_url(f"**{learning[2].url}#{section}")
    assert in_viewport(page, page.locator(f"#{section} h3"))
    screenshot(page, "progress-continued-phone")
    assert not violations, violations
