"""What a member can do on a module page besides reading it: mark it complete and keep private answers.

Mixed into LearningModulePage as routable sub-URLs (…/complete/, …/answers/, …/answers/download/,
…/answers/delete/). Each asks the access rule first; none of them is open to non-members.
"""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from learning import access
from learning.models.progress import ExerciseAnswer, ModuleProgress

MAX_ANSWER_LENGTH = 5000


class ModuleActionsMixin(RoutablePageMixin):
    def _member_post_only(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not access.is_active_member(request.user):
            return HttpResponseForbidden("Only members can save progress.")
        return None

    def exercise_blocks(self):
        return [block for block in self.body if block.block_type == "exercise" and block.value.get("answer_box")]

    @path("complete/", name="complete")
    def complete_view(self, request):
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        ModuleProgress.mark_complete(request.user, self)
        if request.headers.get("Accept", "").startswith("application/json"):
            return JsonResponse({"completed": True})
        messages.success(request, f"Well done: you completed module {self.number}.")
        return redirect(self.url)

    @path("answers/", name="answers")
    def save_answers_view(self, request):
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        for block in self.exercise_blocks():
            field = f"answer-{block.id}"
            if field not in request.POST:
                continue
            text = request.POST[field].replace("\x00", "")[:MAX_ANSWER_LENGTH]
            ExerciseAnswer.objects.update_or_create(
                user=request.user, module=self, block_id=block.id, defaults={"answer": text}
            )
        messages.success(request, "Your answers are saved. Only you can see them.")
        return redirect(self.url + "#exercises")

    @path("answers/download/", name="answers_download")
    def download_answers_view(self, request):
        if not access.is_active_member(request.user):
            return HttpResponseForbidden("Only members can download their answers.")
        answers = ExerciseAnswer.answers_by_block(request.user, self)
        lines = [f"My answers: module {self.number}, {self.title}", ""]
        for block in self.exercise_blocks():
            lines += [
                block.value["title"],
                "-" * len(block.value["title"]),
                answers.get(block.id, "(no answer yet)"),
                "",
            ]
        response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
        filename = f"my-answers-module-{self.number}-{slugify(self.title)}.txt"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        add_never_cache_headers(response)
        return response

    @path("answers/delete/", name="answers_delete")
    def delete_answers_view(self, request):
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        ExerciseAnswer.objects.filter(user=request.user, module=self).delete()
        messages.success(request, "Your answers for this module are deleted.")
        return redirect(self.url + "#exercises")
