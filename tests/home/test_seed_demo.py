import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from wagtail.models import Site

from home.models import HomePage


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.mark.django_db
def test_seed_demo_builds_the_site_and_accounts(settings):
    settings.DEBUG = True
    call_command("seed_demo", password="demo-pass-123")

    home = HomePage.objects.get()
    assert home.live
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    User = get_user_model()
    assert set(User.objects.values_list("username", flat=True)) >= {
        "admin",
        "editor",
        "moderator",
        "contributor",
        "member",
    }
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="editor").check_password("demo-pass-123")


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing(settings):
    settings.DEBUG = True
    call_command("seed_demo", password="demo-pass-123")
    first = row_counts()
    call_command("seed_demo", password="demo-pass-123")
    assert row_counts() == first


@pytest.mark.django_db
def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
