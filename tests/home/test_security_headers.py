"""Production headers (issue 11, finding 14): Content-Security-Policy, Permissions-Policy, Referrer-Policy.

Before the fix no response carried a Content-Security-Policy or a Permissions-Policy.
"""

import re
from pathlib import Path

import pytest

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
class TestHeaders:
    def test_public_pages_carry_a_strict_content_security_policy(self, client, home_page):
        policy = directives(client.get("/").headers["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"] and policy["frame-ancestors"] == ["'self'"]
        assert "'unsafe-inline'" not in policy["style-src"]
        assert not any("unsafe-eval" in values for values in policy.values())

    def test_the_admin_gets_its_own_policy_still_without_third_party_script(self, admin_client):
        response = admin_client.get("/admin/")
        assert response.status_code == 200
        policy = directives(response.headers["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"]  # Wagtail's editor runs inline scripts
        assert policy["object-src"] == ["'none'"] and policy["form-action"] == ["'self'"]

    def test_permissions_and_referrer_policies(self, client, home_page):
        response = client.get("/")
        permissions = response.headers["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert feature in permissions
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["X-Content-Type-Options"] == "nosniff"

    def test_no_gravatar_requests_from_the_admin(self):
        assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None


def test_our_templates_have_no_inline_script():
    """Inline scripts would need 'unsafe-inline'. JSON-LD data blocks are not run and are allowed."""
    offenders = []
    for template in (ROOT / "templates").rglob("*.html"):
        html = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", html):
            if "src=" not in tag and "application/ld+json" not in tag and "application/json" not in tag:
                offenders.append(f"{template.name}: {tag}")
        offenders += [f"{template.name}: {m}" for m in re.findall(r"\son[a-z]+\s*=", html)]
        offenders += [f"{template.name}: javascript: URL" for _ in re.findall(r"javascript:", html)]
    assert offenders == []
