"""The card builder's form: picked directory entries, the family's own entries, a personal line, a size.

Validation is the whole defence here: lengths are capped, numbers must be dialable, and nothing is saved.
Templates escape everything on the way out; the PDF draws plain strings (no markup is interpreted).
"""

import re

from django import forms
from django.core.exceptions import ValidationError

from .card import DEFAULT_SIZE, MAX_ENTRIES, SIZES, Card, CardEntry
from .models import Resource
from .phone import validate_phone

OWN_ROWS = MAX_ENTRIES
PARTS = ("name", "phone", "note")
OPEN_ROWS = 2  # own-entry rows shown open; the rest sit behind "More rows"


# A web or email address in what was typed: "http://…", "www.…", "name@host", or a word, a dot and a top-level
# domain ("example.com"). "Dr. Ruiz" (a dot, then a space) is not one.
LINK_PATTERN = re.compile(r"://|\bwww\.|@|\b[\w-]+\.[a-z]{2,}\b", re.IGNORECASE)
NO_LINKS_BY_EMAIL = (
    "Web and email addresses can't be sent by email from here (anyone could use it to send links). Remove it, "
    "or print or download the card instead."
)
TYPED_FIELDS = ["personal_line"] + [f"own_{row}_{part}" for row in range(1, OWN_ROWS + 1) for part in ("name", "note")]


def tidy(text):
    """One line of plain text: runs of spaces, tabs and line breaks become one space."""
    return " ".join((text or "").split())


class PickedResourcesField(forms.ModelMultipleChoiceField):
    """Directory entries by id, in the order picked; more than a card holds is refused before any query."""

    def clean(self, value):
        if value and len(value) > MAX_ENTRIES:
            raise ValidationError(
                f"A card holds at most {MAX_ENTRIES} entries, so it stays easy to read. Please untick some."
            )
        picked = {resource.pk: resource for resource in super().clean(value)}
        return [picked[int(pk)] for pk in dict.fromkeys(value or []) if int(pk) in picked]


class CardForm(forms.Form):
    resource = PickedResourcesField(
        queryset=Resource.objects.all(),
        required=False,
        widget=forms.MultipleHiddenInput,
        error_messages={
            "invalid_choice": "One of the chosen resources is no longer listed. Please pick again.",
            "invalid_pk_value": "One of the chosen resources is no longer listed. Please pick again.",
        },
    )
    personal_line = forms.CharField(
        max_length=120,
        required=False,
        label="A personal line (optional)",
        help_text='For example: "We love you. Call any time." Up to 120 characters.',
    )
    size = forms.ChoiceField(
        choices=[(size.key, size.label) for size in SIZES.values()],
        initial=DEFAULT_SIZE,
        widget=forms.RadioSelect,
        label="Card size",
    )
    email = forms.EmailField(
        required=False,
        max_length=254,
        label="Your email address",
        help_text="Only if you want the card sent to you. It is used to send this one email and not kept.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for row in range(1, OWN_ROWS + 1):
            self.fields[f"own_{row}_name"] = forms.CharField(max_length=80, required=False, label="Name")
            self.fields[f"own_{row}_phone"] = forms.CharField(
                max_length=30, required=False, label="Phone", validators=[validate_phone]
            )
            self.fields[f"own_{row}_note"] = forms.CharField(
                max_length=60, required=False, label="Note", help_text='e.g. "Dr. Ruiz, weekdays"'
            )

    def refuse_links(self):
        """Before emailing the card: the email goes to any address typed, so what people typed must not carry a
        link (the printed and downloaded card may)."""
        for name in TYPED_FIELDS:
            if LINK_PATTERN.search(self.cleaned_data.get(name) or ""):
                self.add_error(name, NO_LINKS_BY_EMAIL)
        return not self.errors

    def hidden_items(self):
        """(name, value) pairs that carry the card to the next step (PDF, email, change) as hidden inputs."""
        names = ["personal_line", "size"] + [f"own_{row}_{part}" for row in range(1, OWN_ROWS + 1) for part in PARTS]
        items = [("resource", resource.pk) for resource in self.cleaned_data.get("resource") or []]
        items += [(name, self.cleaned_data[name]) for name in names if self.cleaned_data.get(name)]
        return items

    def own_rows(self):
        """Bound fields grouped per row, for the template."""
        return [(row, [self[f"own_{row}_{part}"] for part in PARTS]) for row in range(1, OWN_ROWS + 1)]

    def picked_resources(self):
        """The directory entries to show ticked: those posted, or those asked for in the link (one query)."""
        raw = self.data.getlist("resource") if self.is_bound else self.initial.get("resource", [])
        ids = list(dict.fromkeys(int(pk) for pk in raw if str(pk).isdigit() and len(str(pk)) < 12))[:MAX_ENTRIES]
        found = Resource.objects.in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]

    def clean(self):
        cleaned = super().clean()
        entries = [CardEntry.from_resource(resource) for resource in cleaned.get("resource") or []]
        for row in range(1, OWN_ROWS + 1):
            name = tidy(cleaned.get(f"own_{row}_name"))
            phone = tidy(cleaned.get(f"own_{row}_phone"))
            note = tidy(cleaned.get(f"own_{row}_note"))
            if (phone or note) and not name:
                self.add_error(f"own_{row}_name", "Give this entry a name, so the reader knows who answers.")
            elif name:
                entries.append(CardEntry(name=name, phone=phone, note=note))
        if not entries and not self.errors:
            raise ValidationError("Add at least one name and number: tick some in the list or type your own.")
        if len(entries) > MAX_ENTRIES:
            raise ValidationError(
                f"A card holds at most {MAX_ENTRIES} entries, so it stays easy to read. You chose {len(entries)}: "
                "please remove some."
            )
        cleaned["entries"] = entries
        return cleaned

    def clean_personal_line(self):
        return tidy(self.cleaned_data["personal_line"])

    def card(self):
        return Card(
            entries=self.cleaned_data["entries"],
            personal_line=self.cleaned_data["personal_line"],
            size=SIZES[self.cleaned_data["size"]],
        )
