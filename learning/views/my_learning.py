"""The member's "My learning" page: membership status, redeeming an access code, progress through the modules."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from accounts import ratelimit
from learning import access
from learning.forms.access_code import RedeemCodeForm
from learning.models import LearningIndexPage, Membership, ModuleProgress
from learning.models.access_codes import AccessCode, AccessCodeError

# Trying access codes shares the limit of the forms that send account emails.
REDEEM_SCOPE = "join"


def learning_modules():
    """The programme's live modules in order, or none while there is no learning index."""
    index = LearningIndexPage.objects.live().first()
    return list(index.modules()) if index else []


@method_decorator(never_cache, name="dispatch")
class MyLearningView(LoginRequiredMixin, TemplateView):
    template_name = "learning/my_learning.html"

    def get_context_data(self, redeem_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        is_member = access.is_active_member(user)  # first: it marks a membership past its end as expired
        modules = learning_modules()
        progress = ModuleProgress.for_user(user, modules)
        continue_module, continue_section = (
            ModuleProgress.continue_point(user, modules, progress) if is_member else (None, "")
        )
        context.update(
            is_member=is_member,
            membership=Membership.objects.filter(user=user).first(),
            redeem_form=None if is_member else (redeem_form or RedeemCodeForm()),
            module_rows=[(module, progress.get(module.pk)) for module in modules],
            has_progress=bool(progress),
            done_count=sum(1 for p in progress.values() if p.completed_at),
            continue_module=continue_module,
            continue_section=continue_section,
        )
        return context

    def post(self, request, *args, **kwargs):
        """Redeem an access code for the logged-in account."""
        for scope, key in ((REDEEM_SCOPE, ratelimit.client_ip(request)), ("access_code", f"user-{request.user.pk}")):
            if not ratelimit.hit(scope, key):
                return ratelimit.too_many_requests(request, scope)
        if access.is_active_member(request.user):
            messages.info(request, "Your membership is already active: you don't need a code.")
            return redirect("learning:my_learning")
        form = RedeemCodeForm(request.POST)
        if form.is_valid():
            try:
                membership = AccessCode.redeem(form.cleaned_data["access_code"], request.user)
            except AccessCodeError as error:
                form.add_error("access_code", str(error))
            else:
                messages.success(request, membership_welcome(membership))
                return redirect("learning:my_learning")
        return self.render_to_response(self.get_context_data(redeem_form=form))


def membership_welcome(membership):
    if membership.end:
        end = date_format(membership.end, "F j, Y")
        return f"Your access code worked. Your membership is active until {end}."
    return "Your access code worked. Your membership is active."
