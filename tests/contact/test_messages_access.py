"""Contact messages (families' private words) are read only by the staff who answer them: the "Contact
responders" group and superusers. Editors, moderators, clinical reviewers, contributors and member managers get
no Forms menu, no list, no message, no export and no delete, on every admin URL that shows them."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.contrib.forms.models import FormSubmission

from contact.messages_access import CONTACT_RESPONDERS
from editorial import roles
from tests.factories.contact import make_contact_page
from tests.factories.learning import UserFactory

PRIVATE_WORDS = "kestrelquiet relapse at the weekend"
DENIED_ROLES = [roles.EDITORS, roles.MODERATORS, roles.CLINICAL_REVIEWERS, roles.CONTRIBUTORS, "Member managers"]


@pytest.fixture
def message(home_page):
    roles.apply_roles()
    contact = make_contact_page(home_page)
    return FormSubmission.objects.create(
        page=contact,
        form_data={"your_name": "Jo Parent", "your_email_address": "jo@example.com", "your_message": PRIVATE_WORDS},
    )


def client_in(group_name=None, **fields):
    user = UserFactory(**fields)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


def message_urls(message):
    page = message.page_id
    return [
        f"/admin/forms/submissions/{page}/",
        f"/admin/forms/submissions/{page}/results/",
        f"/admin/forms/submissions/{page}/?export=csv",
        f"/admin/forms/submissions/{page}/?export=xlsx",
        f"/admin/forms/submissions/{page}/delete/?selected-submissions={message.pk}",
    ]


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
@pytest.mark.parametrize("role", DENIED_ROLES)
def test_other_staff_cannot_read_or_delete_messages(message, role):
    client = client_in(role)
    for url in message_urls(message):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert PRIVATE_WORDS.encode() not in body(response)
    response = client.post(f"/admin/forms/submissions/{message.page_id}/delete/?selected-submissions={message.pk}")
    assert response.status_code in (302, 403)
    assert FormSubmission.objects.filter(pk=message.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", DENIED_ROLES)
def test_other_staff_see_no_forms_menu_list_or_message_count(message, role):
    client = client_in(role)
    forms_index = client.get("/admin/forms/")
    assert forms_index.status_code in (200, 302, 403)
    assert "/admin/forms/submissions/" not in forms_index.text
    dashboard = client.get("/admin/")
    assert '"/admin/forms/"' not in dashboard.text
    edit = client.get(f"/admin/pages/{message.page_id}/edit/")
    assert "/admin/forms/submissions/" not in edit.text


@pytest.mark.django_db
@pytest.mark.parametrize("who", [{"group_name": CONTACT_RESPONDERS}, {"is_superuser": True}])
def test_contact_responders_and_superusers_read_export_and_delete_messages(message, who):
    client = client_in(**who)
    assert f"/admin/forms/submissions/{message.page_id}/" in client.get("/admin/forms/").text
    assert '"/admin/forms/"' in client.get("/admin/").text
    for url in message_urls(message)[:4]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert PRIVATE_WORDS in client.get(message_urls(message)[0]).text
    assert PRIVATE_WORDS.encode() in body(client.get(message_urls(message)[2]))
    client.post(f"/admin/forms/submissions/{message.page_id}/delete/?selected-submissions={message.pk}")
    assert not FormSubmission.objects.filter(pk=message.pk).exists()


@pytest.mark.django_db
def test_the_responders_group_comes_from_the_migration():
    responders = Group.objects.get(name=CONTACT_RESPONDERS)
    codenames = set(responders.permissions.values_list("codename", flat=True))
    assert codenames == {"read_contact_messages", "access_admin"}


@pytest.mark.django_db
def test_the_list_of_forms_names_the_page_type_in_words_without_a_link_responders_cannot_open(message):
    html = client_in(CONTACT_RESPONDERS).get("/admin/forms/").text
    assert "Contact page" in html
    assert "contact.contactpage" not in html
    assert f"/admin/pages/{message.page_id}/edit/" not in html
