"""Public views: the directory and the card builder (print, PDF, email).

The card views never save what a family typed: no model, no session, no log line holds it, and the responses carry
no-store so a shared phone's browser cache does not keep it either.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts import ratelimit
from home.family_email import neutral_sender_name, neutral_subject, send_family_email

from .card import MAX_ENTRIES
from .card_form import OPEN_ROWS, CardForm
from .directory import directory_context, picked_ids
from .pdf import card_pdf

ACTIONS = {"print", "pdf", "email", "change"}


def directory(request):
    context = directory_context(request, card_limit=MAX_ENTRIES)
    return render(request, "resources/directory.html", context, status=400 if context["invalid"] else 200)


def builder_page(request, form, status=200):
    context = {"form": form, "picked": form.picked_resources(), "open_rows": OPEN_ROWS, "max_entries": MAX_ENTRIES}
    return render(request, "resources/card_builder.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def card_builder(request):
    if request.method == "GET":
        return builder_page(request, CardForm(initial={"resource": picked_ids(request, MAX_ENTRIES)}))

    action = request.POST.get("action", "print")
    form = CardForm(request.POST)
    if action not in ACTIONS:
        return builder_page(request, form, status=400)
    if action == "email" and not request.POST.get("email", "").strip():
        form.is_valid()
        form.add_error("email", "Type your email address to have the card sent to you.")
    if not form.is_valid():
        return builder_page(request, form, status=400)
    if action == "change":
        return builder_page(request, form)

    card = form.card()
    if action == "pdf":
        response = HttpResponse(card_pdf(card), content_type="application/pdf")
        response["Content-Disposition"] = 'attachment; filename="card.pdf"'
        return response
    if action == "email":
        return email_card(request, form, card)
    return render(request, "resources/card_print.html", {"card": card, "form": form})


def email_card(request, form, card):
    if not form.refuse_links():
        return builder_page(request, form, status=400)
    address = form.cleaned_data["email"]
    if not ratelimit.hit("card_email_ip", ratelimit.client_ip(request)):
        return ratelimit.too_many_requests(request, "card_email_ip")
    if not ratelimit.hit("card_email_address", address.lower()):
        return ratelimit.too_many_requests(request, "card_email_address")
    body = render_to_string("resources/email/card.txt", {"card": card}, request=request)
    send_family_email(request, to=address, body=body, attachments=[("card.pdf", card_pdf(card), "application/pdf")])
    context = {
        "card": card,
        "form": form,
        "sender_name": neutral_sender_name(request),
        "subject": neutral_subject(request),
    }
    return render(request, "resources/card_sent.html", context)
