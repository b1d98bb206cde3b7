"""The account page: what we hold about you (as one download), and deleting your account."""

import json
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from accounts import extensions
from accounts.emails import send_deletion_notice
from accounts.forms import DeleteAccountForm

logger = logging.getLogger(__name__)


def iso(value):
    return value.isoformat() if value else None


def account_data(user):
    """Everything held about `user`: the account itself, and each extension's part."""
    data = {
        "exported_at": timezone.now().isoformat(),
        "site": settings.SITE_NAME,
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": iso(user.date_joined),
            "last_login": iso(user.last_login),
        },
    }
    for extension in extensions.registered():
        part = extension.export(user)
        if part:
            data[extension.name] = part
    return data


@method_decorator(never_cache, name="dispatch")
class AccountView(LoginRequiredMixin, TemplateView):
    template_name = "accounts/account.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(delete_form=DeleteAccountForm(self.request), **kwargs)


@method_decorator(never_cache, name="dispatch")
class DataDownloadView(LoginRequiredMixin, View):
    """One JSON file with everything held about the logged-in account."""

    def get(self, request):
        body = json.dumps(account_data(request.user), indent=2, ensure_ascii=False, default=str)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        filename = f"{settings.SITE_NAME.lower().replace(' ', '-')}-my-data.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


@method_decorator(never_cache, name="dispatch")
class DeleteAccountView(LoginRequiredMixin, View):
    """Delete the logged-in account after its password is typed again: personal data erased, seat freed."""

    template_name = "accounts/account.html"

    def get(self, request):
        return redirect("accounts:account")

    def post(self, request):
        form = DeleteAccountForm(request, request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"delete_form": form}, status=400)
        user = request.user
        email = user.email
        with transaction.atomic():
            for extension in extensions.registered():
                extension.deleting(user)
            user.delete()
        logout(request)
        if email:
            send_deletion_notice(email)
        messages.success(request, "Your account and everything we held about you have been deleted.")
        return redirect("/")
