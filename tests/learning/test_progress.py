import pytest

from django.test import Client

from learning.models import ExerciseAnswer, ModuleProgress
from tests.factories.learning import UserFactory, make_learning, member_user, publish_reviewed


@pytest.fixture
def learning(home_page):
    return make_learning(home_page, modules=3)


def member_client():
    user = member_user()
    client = Client()
    client.force_login(user)
    return client, user


@pytest.mark.django_db
class TestProgress:
    def test_visiting_records_progress_and_completing_marks_it(self, learning):
        index, modules = learning
        client, user = member_client()
        client.get(modules[0].url)
        assert ModuleProgress.objects.filter(user=user, module=modules[0], completed_at__isnull=True).exists()

        response = client.post(modules[0].url + "complete/")
        assert response.status_code == 302
        assert ModuleProgress.objects.get(user=user, module=modules[0]).completed_at

        html = client.get(index.url).content.decode()
        assert "1 of 3 modules completed" in html
        assert "Continue where you left off: module 2" in html

    def test_completion_by_javascript_gets_json(self, learning):
        _, modules = learning
        client, _ = member_client()
        response = client.post(modules[0].url + "complete/", headers={"Accept": "application/json"})
        assert response.json() == {"completed": True}

    def test_progress_survives_reordering(self, learning):
        index, modules = learning
        client, user = member_client()
        client.post(modules[0].url + "complete/")
        modules[0].number = 9
        publish_reviewed(modules[0])
        assert ModuleProgress.objects.get(user=user).module_id == modules[0].pk

    def test_non_members_cannot_save_progress_or_answers(self, learning):
        _, modules = learning
        for client in (Client(), _logged_in_non_member()):
            assert client.post(modules[0].url + "complete/").status_code == 403
            assert client.post(modules[0].url + "answers/", {"answer-x": "hi"}).status_code == 403
            assert client.get(modules[0].url + "answers/download/").status_code == 403
        assert not ModuleProgress.objects.exists() and not ExerciseAnswer.objects.exists()

    def test_get_on_action_urls_is_not_allowed(self, learning):
        _, modules = learning
        client, _ = member_client()
        assert client.get(modules[0].url + "complete/").status_code == 405


def _logged_in_non_member():
    client = Client()
    client.force_login(UserFactory())
    return client


@pytest.mark.django_db
class TestAnswers:
    def test_answers_are_private_downloadable_and_deletable(self, learning):
        _, modules = learning
        module = modules[0]
        block_id = next(block.id for block in module.body if block.block_type == "exercise")
        client, user = member_client()
        client.post(module.url + "answers/", {f"answer-{block_id}": "We walked the dog together."})
        assert ExerciseAnswer.objects.get(user=user).answer == "We walked the dog together."
        assert "We walked the dog together." in client.get(module.url).content.decode()

        other_client, _ = member_client()
        assert "We walked the dog together." not in other_client.get(module.url).content.decode()

        download = client.get(module.url + "answers/download/")
        assert download["Content-Disposition"].startswith("attachment;")
        assert "We walked the dog together." in download.content.decode()

        client.post(module.url + "answers/delete/")
        assert not ExerciseAnswer.objects.filter(user=user).exists()

    def test_answers_are_capped_and_cleaned(self, learning):
        _, modules = learning
        module = modules[0]
        block_id = next(block.id for block in module.body if block.block_type == "exercise")
        client, user = member_client()
        client.post(module.url + "answers/", {f"answer-{block_id}": "a\x00b" + "x" * 9000, "answer-unknown": "zz"})
        answer = ExerciseAnswer.objects.get(user=user)
        assert "\x00" not in answer.answer and len(answer.answer) == 5000
