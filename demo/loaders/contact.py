"""The contact page and its form (contact.yaml)."""

from contact.models import ContactFormField, ContactPage
from home.models import HomePage

from ..files import read_yaml, rich_text
from ..pages import publish_child


def load_contact(context):
    if ContactPage.objects.exists():
        return
    data = read_yaml("contact.yaml")
    fields = data["page"]
    page = ContactPage(
        **{**fields, "intro": rich_text(fields["intro"]), "thank_you_text": rich_text(fields["thank_you_text"])}
    )
    page.form_fields = [ContactFormField(sort_order=order, **field) for order, field in enumerate(data["fields"])]
    publish_child(HomePage.objects.get(), page)
    context.log("Created the contact page.")
