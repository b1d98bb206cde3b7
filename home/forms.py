"""The admin form every page type uses: when something needs fixing, the message at the top names the fields."""

import dataclasses
import functools

from django.forms.forms import NON_FIELD_ERRORS
from django.forms.formsets import DELETION_FIELD_NAME, ORDERING_FIELD_NAME

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.blocks import StreamBlockValidationError

SUMMARY = "Please check the fields listed here; each one is marked in red below."
BLOCK_ERROR = "one of its blocks needs a change (marked in red below)."
INLINE_ERROR = "one of them needs a change (marked in red below)."
# A new list row whose only changed fields are these was not filled in: the admin numbers every row it shows.
UNTOUCHED_ROW_FIELDS = {ORDERING_FIELD_NAME, DELETION_FIELD_NAME}


class NamedErrorsPageForm(WagtailAdminPageForm):
    """Wagtail's page form; the error banner lists each field with a problem, by the label the editor sees.

    Wagtail writes that list only when the form has an error of its own (not tied to one field), so one is added
    whenever a field or a list of related items (the authors of a post) has an error. The list names fields by
    their panel's heading ("Web address", not "Slug"), a StreamField's "Validation error in StreamBlock" becomes
    plain words, and a list with too few items says what to add ("Add at least one author.").
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        labels = editor_labels(type(self.instance))
        for name, field in self.fields.items():
            if name in labels.headings:
                field.label = labels.headings[name]
        for name, formset in self.formsets.items():
            if formset.min_num and name in labels.item_names:
                count = "one" if formset.min_num == 1 else str(formset.min_num)
                item = labels.item_names[name].lower()
                formset.error_messages["too_few_forms"] = f"Add at least {count} {item}."

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for errors in self._errors.values():
            for error in errors.data:  # ValidationErrors; a block error keeps its per-block details
                if isinstance(error, StreamBlockValidationError):
                    error.message = stream_error_in_words(error)
                elif str(getattr(error, "message", "")).startswith("Validation error in"):
                    error.message = BLOCK_ERROR
        inline_errors = self.inline_errors()
        if not self._errors and not inline_errors:
            return
        if NON_FIELD_ERRORS in self._errors:  # Wagtail lists everything already; add the related items
            self._errors[NON_FIELD_ERRORS].extend(inline_errors)
            return
        field_errors = dict(self._errors)
        self._errors.clear()  # the summary first, then each field's errors, in the form's order
        self._errors[NON_FIELD_ERRORS] = self.error_class([SUMMARY, *inline_errors], error_class="nonfield")
        self._errors.update(field_errors)

    def inline_errors(self):
        """One line per list of related items with a problem, e.g. "Authors: Add at least one author."."""
        headings = editor_labels(type(self.instance)).headings
        lines = []
        for name, formset in self.formsets.items():
            if formset.is_valid():
                continue
            problem = " ".join(formset.non_form_errors())
            if not problem and len(filled_in_rows(formset)) < formset.min_num:  # its empty row counted as one
                problem = formset.error_messages["too_few_forms"] % {"num": formset.min_num}
            problem = problem or INLINE_ERROR
            lines.append(f"{headings.get(name, name.replace('_', ' ').capitalize())}: {problem}")
        return lines


@dataclasses.dataclass
class EditorLabels:
    """What a page type's edit form calls its fields and lists, from its panels."""

    headings: dict = dataclasses.field(default_factory=dict)  # field or relation name -> the heading shown
    item_names: dict = dataclasses.field(default_factory=dict)  # relation name -> one item's name ("Author")


@functools.cache
def editor_labels(page_class):
    """The headings of `page_class`'s edit panels, by field name (read once per page type)."""
    labels = EditorLabels()
    panels = [page_class.get_edit_handler()]
    while panels:
        panel = panels.pop()
        if isinstance(panel, FieldPanel) and panel.heading:
            labels.headings[panel.field_name] = str(panel.heading)
        elif isinstance(panel, InlinePanel):
            if panel.heading:
                labels.headings[panel.relation_name] = str(panel.heading)
            if panel.label:
                labels.item_names[panel.relation_name] = str(panel.label)
        panels.extend(getattr(panel, "children", ()))
    return labels


def stream_error_in_words(error):
    """A StreamField's error as the editor should read it: its own messages ("This field is required."), and a
    pointer to the blocks only when a block is marked."""
    parts = [str(message) for message in error.non_block_errors]
    if error.block_errors:
        parts.append(BLOCK_ERROR)
    return " ".join(parts) or BLOCK_ERROR


def untouched_new_rows(formset):
    """The rows of `formset` added in the editor (not saved before) in which nothing was filled in."""
    new = formset.forms[formset.initial_form_count() :]
    return [form for form in new if set(form.changed_data) <= UNTOUCHED_ROW_FIELDS]


def filled_in_rows(formset):
    """The rows of `formset` that count: neither untouched new ones nor ones marked for removal."""
    untouched = untouched_new_rows(formset)
    return [
        form
        for form in formset.forms
        if form not in untouched and not getattr(form, "cleaned_data", {}).get(DELETION_FIELD_NAME)
    ]
