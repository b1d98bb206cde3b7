"""Learning (learning.yaml: index, access codes, waiting seat requests) and its modules (modules/*.md).

A module's body is its lesson; the placeholder video's transcript is the lesson's prose; its eBook is a committed
PDF in documents/, stored in the collection members' eBooks live in.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from home.models import HomePage
from learning.access import MEMBER_EBOOK_COLLECTION
from learning.models import AccessCode, LearningIndexPage, LearningModulePage, SeatRequest

from ..assets import document, image, placeholder_embed
from ..files import body_blocks, markdown_files, read_markdown, read_yaml, rich_text
from ..pages import publish_child, publish_reviewed_child
from ..streams import stream_from_markdown


def load_learning(context):
    data = read_yaml("learning.yaml")
    if not LearningIndexPage.objects.exists():
        index = data["index"]
        publish_child(HomePage.objects.get(), LearningIndexPage(**{**index, "intro": rich_text(index["intro"])}))
        context.log("Created the learning index.")
    for code in data["access_codes"]:
        valid_until = timezone.localdate() + datetime.timedelta(days=code["valid_for_days"])
        _, created = AccessCode.objects.get_or_create(
            code=code["code"],
            defaults={"sponsor_name": code["sponsor_name"], "seats": code["seats"], "valid_until": valid_until},
        )
        if created:
            context.log(f"Created the {code['code']} access code ({code['seats']} seats).")
    for seat_request in data["seat_requests"]:
        SeatRequest.objects.get_or_create(email=seat_request["email"], defaults=seat_request)


def load_modules(context):
    """Each module written by the demo `editor` and approved by the demo `clinician` (accounts.yaml)."""
    index = LearningIndexPage.objects.get()
    writer, clinician = (get_user_model().objects.get(username=name) for name in ("editor", "clinician"))
    existing = set(LearningModulePage.objects.values_list("slug", flat=True))
    for path in markdown_files("modules"):
        front, body = read_markdown(path)
        if front["slug"] not in existing:
            publish_reviewed_child(index, _module(front, body), writer, clinician)
            context.log(f"Created learning module {front['number']}.")


def _module(front, body):
    number, title = front["number"], front["title"]
    prose = "\n\n".join(value for block_type, value in body_blocks(body) if block_type == "paragraph")
    return LearningModulePage(
        title=title,
        slug=front["slug"],
        number=number,
        summary=front["summary"],
        what_you_will_learn="\n".join(front["what_you_will_learn"]),
        duration_minutes=front["duration_minutes"],
        teaser=rich_text(front["teaser"]),
        teaser_image=image(front["image"]),
        video_url=placeholder_embed(front["video"], f"Module {number}: {title}", "Demo"),
        video_transcript=rich_text(prose),
        ebook=document(front["ebook"]["file"], front["ebook"]["title"], MEMBER_EBOOK_COLLECTION),
        body=stream_from_markdown(LearningModulePage, "body", body),
        is_free_sample=front.get("free_sample", False),
    )
