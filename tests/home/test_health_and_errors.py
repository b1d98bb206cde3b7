from unittest import mock

import pytest

from django.db import OperationalError
from django.test import override_settings


@pytest.mark.django_db
def test_health_check_reports_ok(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json()["checks"]["database"] == "ok"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_check_is_503_when_the_database_is_unreachable(client):
    with mock.patch("home.views.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "checks": {"database": "unreachable"}}


@pytest.mark.django_db
def test_unknown_url_shows_the_designed_404_page(client, home_page):
    response = client.get("/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "We couldn't find that page" in html
    assert 'aria-label="Crisis support"' in html


@override_settings(DEBUG=False)
def test_server_error_page_renders_without_the_database():
    from django.test import RequestFactory

    from home.views import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Sorry, something went wrong" in response.content.decode()
    assert "988" in response.content.decode()
