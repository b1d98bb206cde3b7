"""Progress that means something: done when the member says so (undoable) or when they finished the uploaded video
and every answer box; "Continue" opens the module and section last visited; answers confirm where they are saved,
and deleting them asks first and can be undone for a while. Only members act, and only on their own records."""

import datetime
from unittest import mock

import pytest

from django.test import Client
from django.utils import timezone

from learning.models import ExerciseAnswer, ModuleProgress
from learning.models.progress import ANSWER_UNDO_MINUTES
from tests.factories.learning import UserFactory, member_user, publish_reviewed, video_document


def member_client():
    user = member_user()
    client = Client()
    client.force_login(user)
    return client, user


def exercise_id(module):
    return next(block.id for block in module.body if block.block_type == "exercise")


def progress_of(user, module):
    return ModuleProgress.objects.get(user=user, module=module)


@pytest.mark.django_db
class TestMarkAsDone:
    def test_visiting_records_progress_but_marks_nothing_done(self, learning):
        _, modules = learning
        client, user = member_client()
        html = client.get(modules[0].url).content.decode()
        assert progress_of(user, modules[0]).completed_at is None
        assert "Mark as done" in html

    def test_mark_as_done_then_undo(self, learning):
        index, modules = learning
        client, user = member_client()
        response = client.post(modules[0].url + "complete/")
        assert response.status_code == 302 and response.url.endswith("#module-done")
        progress = progress_of(user, modules[0])
        assert progress.completed_at and progress.completed_by == ModuleProgress.Completion.MEMBER
        html = client.get(modules[0].url).content.decode()
        assert "You marked this module as done" in html and "Mark as not done" in html
        assert "1 of 3 done" in client.get(index.url).content.decode()

        client.post(modules[0].url + "not-done/")
        assert progress_of(user, modules[0]).completed_at is None
        assert "0 of 3 done" in client.get(index.url).content.decode()

    def test_done_by_javascript_gets_json(self, learning):
        _, modules = learning
        client, _ = member_client()
        response = client.post(modules[0].url + "complete/", headers={"Accept": "application/json"})
        assert response.json() == {"completed": True}

    def test_progress_survives_reordering(self, learning):
        _, modules = learning
        client, user = member_client()
        client.post(modules[0].url + "complete/")
        modules[0].number = 9
        publish_reviewed(modules[0])
        assert ModuleProgress.objects.get(user=user).module_id == modules[0].pk

    def test_get_on_action_urls_is_not_allowed(self, learning):
        _, modules = learning
        client, _ = member_client()
        for action in ("complete/", "not-done/", "position/", "video-finished/", "answers/delete/"):
            assert client.get(modules[0].url + action).status_code == 405, action


@pytest.mark.django_db
class TestFinishedByItself:
    """The rule: an uploaded video played to its end, and an answer saved in every answer box."""

    def test_saving_every_answer_finishes_a_module_with_an_embedded_video(self, learning):
        _, modules = learning
        client, user = member_client()
        response = client.post(
            modules[0].url + "answers/",
            {f"answer-{exercise_id(modules[0])}": "We ate together."},
            headers={"Accept": "application/json"},
        )
        assert response.json()["completed_now"] is True
        assert progress_of(user, modules[0]).completed_by == ModuleProgress.Completion.FINISHED

    def test_an_empty_answer_does_not_count(self, learning):
        _, modules = learning
        client, user = member_client()
        client.post(modules[0].url + "answers/", {f"answer-{exercise_id(modules[0])}": ""})
        assert progress_of(user, modules[0]).completed_at is None

    def test_an_uploaded_video_must_also_reach_its_end(self, learning):
        _, modules = learning
        module = modules[0]
        module.video_url = ""
        module.video_file = video_document()
        publish_reviewed(module)
        client, user = member_client()
        client.post(module.url + "answers/", {f"answer-{exercise_id(module)}": "We ate together."})
        assert progress_of(user, module).completed_at is None
        assert "watched the video to the end" in client.get(module.url).content.decode()

        response = client.post(module.url + "video-finished/")
        assert response.json() == {"completed_now": True}
        assert progress_of(user, module).video_finished_at
        assert progress_of(user, module).completed_by == ModuleProgress.Completion.FINISHED

    def test_video_end_alone_does_not_finish_a_module_with_exercises(self, learning):
        _, modules = learning
        module = modules[0]
        module.video_url = ""
        module.video_file = video_document()
        publish_reviewed(module)
        client, user = member_client()
        client.post(module.url + "video-finished/")
        assert progress_of(user, module).completed_at is None

    def test_video_end_is_refused_for_an_embedded_video(self, learning):
        _, modules = learning
        client, _ = member_client()
        assert client.post(modules[0].url + "video-finished/").status_code == 400

    def test_a_module_without_video_file_or_answer_box_is_only_marked_by_the_member(self, learning):
        _, modules = learning
        module = modules[0]
        module.body = [("paragraph", "<p>Read this.</p>")]
        publish_reviewed(module)
        client, user = member_client()
        client.get(module.url)
        assert ModuleProgress.complete_if_finished(user, module) is False
        assert progress_of(user, module).completed_at is None


@pytest.mark.django_db
class TestContinueWhereYouLeftOff:
    def test_opens_the_last_visited_module_at_its_section(self, learning):
        index, modules = learning
        client, user = member_client()
        client.get(modules[0].url)
        client.get(modules[2].url)
        section = f"exercise-{exercise_id(modules[2])}"
        assert client.post(modules[2].url + "position/", {"section": section}).status_code == 204
        expected = f'href="{modules[2].url}#{section}"'
        assert expected in client.get(index.url).content.decode()
        assert expected in client.get("/accounts/my-learning/").content.decode()

    def test_saving_an_answer_records_its_section_without_javascript(self, learning):
        _, modules = learning
        client, user = member_client()
        client.post(modules[1].url + "answers/", {f"answer-{exercise_id(modules[1])}": ""})
        assert progress_of(user, modules[1]).last_section == f"exercise-{exercise_id(modules[1])}"

    def test_a_done_module_is_skipped(self, learning):
        _, modules = learning
        client, user = member_client()
        client.get(modules[1].url)
        client.post(modules[1].url + "complete/")
        client.get(modules[0].url)
        client.post(modules[0].url + "complete/")
        assert ModuleProgress.continue_point(user, modules) == (modules[2], "")

    def test_an_unknown_section_is_refused(self, learning):
        _, modules = learning
        client, user = member_client()
        response = client.post(modules[0].url + "position/", {"section": '"><script>'})
        assert response.status_code == 400
        assert not ModuleProgress.objects.filter(user=user).exclude(last_section="").exists()

    def test_my_learning_counts_what_is_done(self, learning):
        _, modules = learning
        client, user = member_client()
        client.post(modules[0].url + "complete/")
        client.post(modules[1].url + "complete/")
        assert "2 of 3 done" in client.get("/accounts/my-learning/").content.decode()


@pytest.mark.django_db
class TestAnswers:
    def test_answers_are_private_and_downloadable(self, learning):
        _, modules = learning
        module = modules[0]
        client, user = member_client()
        client.post(module.url + "answers/", {f"answer-{exercise_id(module)}": "We walked the dog together."})
        assert ExerciseAnswer.objects.get(user=user).answer == "We walked the dog together."
        assert "We walked the dog together." in client.get(module.url).content.decode()

        other_client, _ = member_client()
        assert "We walked the dog together." not in other_client.get(module.url).content.decode()
        assert "We walked the dog together." not in other_client.get(module.url + "answers/download/").content.decode()

        download = client.get(module.url + "answers/download/")
        assert download["Content-Disposition"].startswith("attachment;")
        assert "We walked the dog together." in download.content.decode()

    def test_saving_confirms_beside_the_answer(self, learning):
        _, modules = learning
        module = modules[0]
        block = exercise_id(module)
        client, _ = member_client()
        response = client.post(module.url + "answers/", {f"answer-{block}": "Calm evening."})
        assert response.url == f"{module.url}?saved={block}#exercise-{block}"
        html = client.get(response.url).content.decode()
        form = html[html.index(f'id="exercise-{block}"') :]
        assert form.index("<strong>Saved.</strong>") < form.index("</form>")

        json_reply = client.post(
            module.url + "answers/", {f"answer-{block}": "Calmer."}, headers={"Accept": "application/json"}
        ).json()
        assert json_reply["saved"] == [block] and json_reply["saved_at"]

    def test_answers_are_capped_and_cleaned(self, learning):
        _, modules = learning
        module = modules[0]
        client, user = member_client()
        client.post(module.url + "answers/", {f"answer-{exercise_id(module)}": "a\x00b" + "x" * 9000, "answer-x": "zz"})
        answer = ExerciseAnswer.objects.get(user=user)
        assert "\x00" not in answer.answer and len(answer.answer) == 5000

    def test_deleting_asks_first_and_can_be_undone(self, learning):
        _, modules = learning
        module = modules[0]
        client, user = member_client()
        client.post(module.url + "answers/", {f"answer-{exercise_id(module)}": "Keep me."})
        html = client.get(module.url).content.decode()
        assert "<summary>Delete my answers for this module</summary>" in html
        assert "Yes, delete my answers" in html

        client.post(module.url + "answers/delete/")
        html = client.get(module.url).content.decode()
        assert "Keep me." not in html and "Undo: bring my answers back" in html
        assert "Keep me." not in client.get(module.url + "answers/download/").content.decode()
        assert "Keep me." not in client.get("/accounts/").content.decode()

        client.post(module.url + "answers/undo-delete/")
        assert ExerciseAnswer.answers_by_block(user, module) == {exercise_id(module): "Keep me."}

    def test_undo_expires_and_the_answers_are_erased(self, learning):
        _, modules = learning
        module = modules[0]
        client, user = member_client()
        client.post(module.url + "answers/", {f"answer-{exercise_id(module)}": "Gone soon."})
        client.post(module.url + "answers/delete/")
        later = timezone.now() + datetime.timedelta(minutes=ANSWER_UNDO_MINUTES + 1)
        with mock.patch("learning.models.progress.timezone.now", return_value=later):
            client.post(module.url + "answers/undo-delete/")
            assert ExerciseAnswer.answers_by_block(user, module) == {}
            assert ExerciseAnswer.purge_undo_expired() == 1
        assert not ExerciseAnswer.objects.exists()

    def test_another_members_undo_brings_back_nothing_of_mine(self, learning):
        _, modules = learning
        module = modules[0]
        client, user = member_client()
        client.post(module.url + "answers/", {f"answer-{exercise_id(module)}": "Mine."})
        client.post(module.url + "answers/delete/")
        other_client, other = member_client()
        other_client.post(module.url + "answers/undo-delete/")
        assert ExerciseAnswer.answers_by_block(user, module) == {}
        assert ExerciseAnswer.answers_by_block(other, module) == {}


def _logged_in_non_member():
    client = Client()
    client.force_login(UserFactory())
    return client


@pytest.mark.django_db
def test_non_members_cannot_save_progress_or_answers(learning):
    _, modules = learning
    url = modules[0].url
    for client in (Client(), _logged_in_non_member()):
        for action, data in (
            ("complete/", {}),
            ("not-done/", {}),
            ("position/", {"section": "watch"}),
            ("video-finished/", {}),
            ("answers/", {f"answer-{exercise_id(modules[0])}": "hi"}),
            ("answers/delete/", {}),
            ("answers/undo-delete/", {}),
        ):
            assert client.post(url + action, data).status_code == 403, action
        assert client.get(url + "answers/download/").status_code == 403
    assert not ModuleProgress.objects.exists() and not ExerciseAnswer.objects.exists()


@pytest.mark.django_db
def test_a_member_cannot_read_or_change_another_members_progress(learning):
    index, modules = learning
    client, user = member_client()
    client.post(modules[0].url + "complete/")
    other_client, other = member_client()
    # A user id in the request is ignored: every action acts on the requester's own records.
    other_client.post(modules[1].url + "complete/", {"user": user.pk})
    other_client.post(modules[0].url + "not-done/", {"user": user.pk})
    assert progress_of(user, modules[0]).completed_at
    assert not ModuleProgress.objects.filter(user=user, module=modules[1]).exists()
    assert "0 of 3 done" not in client.get(index.url).content.decode()
    assert "1 of 3 done" in other_client.get("/accounts/my-learning/").content.decode()
