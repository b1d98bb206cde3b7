"""The public directory at /resources/: filter by region and kind, paginated, built in one query per page."""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator

from .models import Kind, Resource
from .regions import NATIONAL, REGION_CHOICES

PER_PAGE = 20


class DirectoryFilterForm(forms.Form):
    region = forms.ChoiceField(
        choices=[("", "Anywhere"), *REGION_CHOICES],
        required=False,
        label="Where",
        help_text="Choosing a state also lists the national lines anyone can call.",
    )
    kind = forms.ChoiceField(choices=[("", "Any kind of help"), *Kind.choices], required=False, label="Kind of help")

    def __init__(self, *args, regions_in_use=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only regions that have at least one entry, so no choice leads to an empty list.
        if regions_in_use:
            used = set(regions_in_use)
            self.fields["region"].choices = [("", "Anywhere")] + [
                choice for choice in REGION_CHOICES if choice[0] in used
            ]


def filtered_resources(region, kind):
    resources = Resource.objects.for_directory()
    if region == NATIONAL:
        resources = resources.filter(region=NATIONAL)
    elif region:
        resources = resources.filter(region__in=[region, NATIONAL])
    if kind:
        resources = resources.filter(kind=kind)
    return resources


def picked_ids(request, limit):
    """Resources already picked for the card (`?resource=3&resource=8`), as ids; anything else is ignored."""
    ids = []
    for value in request.GET.getlist("resource"):
        if value.isdigit() and len(value) < 12 and int(value) not in ids:
            ids.append(int(value))
    return ids[:limit]


def directory_context(request, card_limit):
    """Filter form, current page of resources, the picks for the card and the query string for other pages.

    Values not in the lists make the form invalid: the page then says so, lists everything and answers 400.
    """
    regions_in_use = Resource.objects.order_by().values_list("region", flat=True).distinct()
    form = DirectoryFilterForm(request.GET or None, regions_in_use=list(regions_in_use))
    region = kind = ""
    if form.is_bound and form.is_valid():
        region, kind = form.cleaned_data["region"], form.cleaned_data["kind"]
    page = Paginator(filtered_resources(region, kind), PER_PAGE).get_page(request.GET.get("page"))
    picked = picked_ids(request, card_limit)
    keep = [(name, value) for name, value in (("region", region), ("kind", kind)) if value]
    keep += [("resource", pk) for pk in picked]
    return {
        "form": form,
        "page_obj": page,
        "resources": page.object_list,
        "page_ids": [resource.pk for resource in page.object_list],
        "keep_query": urlencode(keep),
        "picked": picked,
        "card_limit": card_limit,
        "filtered": bool(region or kind),
        "invalid": form.is_bound and not form.is_valid(),
    }
