"""The production settings refuse to start without a secret and pass Django's deployment checklist."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides, drop=()):
    # The test run allows async-unsafe ORM calls for Playwright; a deployment never does.
    drop = (*drop, "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {key: value for key, value in os.environ.items() if key not in drop}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", env_overrides={"DJANGO_SETTINGS_MODULE": "settings.production"}, drop=("SECRET_KEY",))
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "SECRET_KEY": "a-long-random-production-secret-" + "x7Kq9vLm2Pz4Rt8Yw1Nb5Hc3Jd6Fg0" * 2,
            "ALLOWED_HOSTS": "steadyground.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_base_settings_are_safe_by_default():
    from settings import base

    assert base.DEBUG is False or os.environ.get("DEBUG")
    assert base.USE_TZ is True
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
