"""Membership's part in an account's life, plugged into `accounts` (which never imports learning).

Joining may carry an access code. It is checked when joining (one message for every unusable code) and kept on a
pending membership, but its seat is taken only when the email address is confirmed: unconfirmed sign-ups hold no
seats. The data download includes the membership, progress, exercise answers and free-sample requests; deleting
an account gives its seat back and erases its sample requests too.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from accounts import ratelimit
from accounts.extensions import AccountExtension, JoinRefused
from learning.forms.access_code import access_code_field
from learning.models import ExerciseAnswer, Membership, ModuleProgress, SampleRequest
from learning.models.access_codes import AccessCode, AccessCodeError

SEATS_GONE_MESSAGE = (
    "Your membership hasn't started: the access code you joined with can no longer be used (its seats may all "
    "have been taken). Please ask the organization that gave it to you, or try another code on My learning."
)


def iso(value):
    return value.isoformat() if value else None


class MembershipExtension(AccountExtension):
    name = "learning"

    def join_fields(self):
        return {"access_code": access_code_field(required=False)}

    def check_join(self, cleaned_data):
        code = cleaned_data.get("access_code")
        if code and not ratelimit.hit("access_code", cleaned_data["email"]):
            raise JoinRefused("access_code", "Too many access codes tried with this address. Please try later.")

    def joined(self, user, cleaned_data):
        code = cleaned_data.get("access_code")
        if not code:
            return
        try:
            access_code = AccessCode.usable(code, user.email)
        except AccessCodeError as error:
            raise JoinRefused("access_code", str(error)) from error
        Membership.objects.create(
            user=user,
            status=Membership.Status.PENDING,
            source=Membership.Source.ACCESS_CODE,
            access_code=access_code,
            end=access_code.valid_until,
        )

    def confirmed(self, user):
        pending = Membership.objects.filter(user=user, status=Membership.Status.PENDING).first()
        if pending is None:
            return None
        if pending.access_code is None:
            pending.status = Membership.Status.ACTIVE
            pending.save()  # also joins the Members group
            return None
        try:
            AccessCode.redeem(pending.access_code.code, user)
        except AccessCodeError:
            pending.status = Membership.Status.CANCELLED
            pending.save()
            return SEATS_GONE_MESSAGE
        return None

    def export(self, user):
        membership = Membership.objects.filter(user=user).select_related("access_code").first()
        return {
            "membership": membership
            and {
                "status": membership.get_status_display(),
                "start": iso(membership.start),
                "end": iso(membership.end),
                "source": membership.get_source_display(),
                "access_code": membership.access_code.code if membership.access_code else None,
            },
            "module_progress": [
                {
                    "module": progress.module.title,
                    "started_at": iso(progress.started_at),
                    "last_viewed_at": iso(progress.last_viewed_at),
                    "completed_at": iso(progress.completed_at),
                    "last_section": progress.last_section,
                    "video_finished_at": iso(progress.video_finished_at),
                }
                for progress in ModuleProgress.objects.filter(user=user).select_related("module").order_by("pk")
            ],
            "exercise_answers": [
                {"module": answer.module.title, "exercise": answer.block_id, "answer": answer.answer}
                for answer in ExerciseAnswer.current().filter(user=user).select_related("module").order_by("pk")
            ],
            "free_sample_requests": [
                {
                    "first_name": sample.first_name,
                    "email": sample.email,
                    "relationship": sample.get_relationship_display() if sample.relationship else "",
                    "news_consent": sample.news_consent,
                    "created_at": iso(sample.created_at),
                    "last_sent_at": iso(sample.last_sent_at),
                }
                for sample in SampleRequest.objects.filter(email__iexact=user.email)
                if user.email
            ],
        }

    def deleting(self, user):
        membership = Membership.objects.filter(user=user).first()
        if membership:
            AccessCode.give_back_seat(membership)
        if user.email:
            SampleRequest.objects.filter(email__iexact=user.email).delete()
        # Membership, progress and answers cascade with the account.

    def purge_expired(self):
        cutoff = timezone.now() - datetime.timedelta(days=settings.RETENTION_DAYS["sample_requests"])
        old = Q(last_sent_at__lt=cutoff) | Q(last_sent_at__isnull=True, created_at__lt=cutoff)
        deleted, _ = SampleRequest.objects.filter(old, news_consent=False).delete()
        return {"free-sample requests": deleted, "deleted exercise answers": ExerciseAnswer.purge_undo_expired()}
