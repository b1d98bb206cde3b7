"""What a member can do on a module page besides reading it: mark it done (and undo), keep private answers
(save, download, delete with undo) and let the site remember where they stopped.

Mixed into LearningModulePage as routable sub-URLs. Each asks the access rule first and acts only on the
requesting member's own records: none of them takes a user, and none is open to non-members.
"""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.formats import time_format
from django.utils.text import slugify

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from learning import access
from learning.models.progress import ANSWER_UNDO_MINUTES, ExerciseAnswer, ModuleProgress

MAX_ANSWER_LENGTH = 5000
VIDEO_SECTION = "watch"


def wants_json(request):
    return request.headers.get("Accept", "").startswith("application/json")


class ModuleActionsMixin(RoutablePageMixin):
    def _member_post_only(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not access.is_active_member(request.user):
            return HttpResponseForbidden("Only members can save progress.")
        return None

    def exercise_blocks(self):
        return [block for block in self.body if block.block_type == "exercise" and block.value.get("answer_box")]

    def section_ids(self):
        """The parts of the module a member can be returned to: the video, each heading and each exercise."""
        ids = [VIDEO_SECTION] if (self.video_url or self.video_file_id) else []
        for block in self.body:
            if block.block_type == "heading":
                ids.append(slugify(block.value["anchor"] or block.value["text"]))
            elif block.block_type == "exercise":
                ids.append(f"exercise-{block.id}")
        return ids

    def _done_reply(self, request):
        """The module page again, at its progress box, which now says whether the module is done."""
        if wants_json(request):
            progress = ModuleProgress.objects.filter(user=request.user, module=self).first()
            return JsonResponse({"completed": bool(progress and progress.completed_at)})
        return redirect(self.url + "#module-done")

    @path("complete/", name="complete")
    def complete_view(self, request):
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        ModuleProgress.mark_complete(request.user, self)
        return self._done_reply(request)

    @path("not-done/", name="not_done")
    def not_done_view(self, request):
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        ModuleProgress.mark_not_done(request.user, self)
        return self._done_reply(request)

    @path("position/", name="position")
    def position_view(self, request):
        """The section a member is reading, sent by the page's script as they scroll (ignored if unknown)."""
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        section = request.POST.get("section", "")
        if section not in self.section_ids():
            return JsonResponse({"error": "Unknown section."}, status=400)
        ModuleProgress.record_section(request.user, self, section)
        return HttpResponse(status=204)

    @path("video-finished/", name="video_finished")
    def video_finished_view(self, request):
        """Sent by the page's script when the member's uploaded video plays to its end."""
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        if not self.video_file_id or self.video_url:
            return JsonResponse({"error": "This module has no uploaded video."}, status=400)
        completed = ModuleProgress.record_video_finished(request.user, self)
        return JsonResponse({"completed_now": completed})

    @path("answers/", name="answers")
    def save_answers_view(self, request):
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        saved = []
        for block in self.exercise_blocks():
            field = f"answer-{block.id}"
            if field not in request.POST:
                continue
            text = request.POST[field].replace("\x00", "")[:MAX_ANSWER_LENGTH]
            ExerciseAnswer.save_answer(request.user, self, block.id, text)
            saved.append(block.id)
        if not saved:
            if wants_json(request):
                return JsonResponse({"error": "There was no answer to save."}, status=400)
            messages.error(request, "There was no answer to save.")
            return redirect(self.url + "#exercises")
        ModuleProgress.record_section(request.user, self, f"exercise-{saved[-1]}")
        completed = ModuleProgress.complete_if_finished(request.user, self)
        saved_at = time_format(timezone.localtime(), "g:i a")
        if wants_json(request):
            return JsonResponse({"saved": saved, "saved_at": saved_at, "completed_now": completed})
        # Without JavaScript the page comes back at the exercise, with the confirmation beside its answer.
        return redirect(f"{self.url}?saved={saved[-1]}#exercise-{saved[-1]}")

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
        """The page asks first (a "Delete my answers" disclosure holding this form); the answers are kept for
        ANSWER_UNDO_MINUTES so the member can bring them back."""
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        if not ExerciseAnswer.delete_for_undo(request.user, self):
            messages.info(request, "You had no saved answers in this module.")
        return redirect(self.url + "#module-done")

    @path("answers/undo-delete/", name="answers_undo_delete")
    def undo_delete_answers_view(self, request):
        refusal = self._member_post_only(request)
        if refusal:
            return refusal
        if not ExerciseAnswer.undo_delete(request.user, self):
            messages.error(request, f"Too late to undo: deleted answers are kept for {ANSWER_UNDO_MINUTES} minutes.")
        return redirect(self.url + "#exercises")
