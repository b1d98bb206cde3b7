"""Demo content for learning: eight modules (module 5 the free sample), their eBooks, the demo member's
membership and the DEMO-SPONSOR access code. Idempotent, like every app's demo builder."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

from home.demo_images import demo_collection, get_or_create_demo_image
from home.demo_pages import publish_child, store_placeholder_embed
from home.models import HomePage
from learning.access import MEMBER_EBOOK_COLLECTION
from learning.demo_content import INDEX_INTRO, MODULES
from learning.demo_pdf import simple_pdf
from learning.models import AccessCode, LearningIndexPage, LearningModulePage, Membership

DEMO_VIDEO_URL = "https://vimeo.com/steady-ground-demo/module-{number}"


def build(context):
    index = _index(context)
    for data in MODULES:
        _module(context, index, data)
    _membership()
    _access_code(context)


def _index(context):
    index = LearningIndexPage.objects.first()
    if index:
        return index
    home = HomePage.objects.get()
    index = publish_child(
        home,
        LearningIndexPage(
            title="Learning",
            slug="learning",
            intro=INDEX_INTRO,
            search_description="Eight short CRAFT modules for families: video, eBook and private exercises.",
        ),
    )
    context.log("Created the learning index.")
    return index


def _module(context, index, data):
    if LearningModulePage.objects.filter(slug=data["slug"]).exists():
        return
    number = data["number"]
    exercise_title, exercise_prompt = data["exercise"]
    body = [("paragraph", f"<p>{paragraph}</p>") for paragraph in data["lesson"]]
    body.append(
        (
            "exercise",
            {
                "title": exercise_title,
                "prompt": f"<p>{exercise_prompt}</p>",
                "guidance": "<p>There are no wrong answers. Write as much or as little as helps.</p>",
                "answer_box": True,
            },
        )
    )
    publish_child(
        index,
        LearningModulePage(
            title=data["title"],
            slug=data["slug"],
            number=number,
            summary=data["summary"],
            what_you_will_learn=data["points"],
            duration_minutes=data["duration"],
            teaser=f"<p>{data['teaser']}</p>",
            teaser_image=get_or_create_demo_image(f"Module {number} picture", number + 10, "Learning images"),
            video_url=store_placeholder_embed(
                DEMO_VIDEO_URL.format(number=number), f"Module {number}: {data['title']}", "Demo"
            ),
            video_transcript="".join(f"<p>{paragraph}</p>" for paragraph in data["lesson"]),
            ebook=_ebook(number, data),
            body=body,
            is_free_sample=data.get("free_sample", False),
        ),
    )
    context.log(f"Created learning module {number}.")


def _ebook(number, data):
    Document = get_document_model()
    title = f"Module {number} eBook: {data['title']}"
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    pdf = simple_pdf(f"Module {number}: {data['title']}", [data["summary"], *data["lesson"]])
    document = Document(title=title, collection=demo_collection(MEMBER_EBOOK_COLLECTION))
    document.file.save(f"module-{number}-ebook.pdf", ContentFile(pdf), save=False)
    document.save()
    return document


def _membership():
    member = get_user_model().objects.filter(username="member").first()
    if member and not Membership.objects.filter(user=member).exists():
        Membership.objects.create(
            user=member,
            status=Membership.Status.ACTIVE,
            source=Membership.Source.STAFF,
            notes="Demo member account.",
        )


def _access_code(context):
    _, created = AccessCode.objects.get_or_create(
        code="DEMO-SPONSOR",
        defaults={
            "sponsor_name": "Demo County Health Department",
            "seats": 25,
            "valid_until": timezone.localdate() + datetime.timedelta(days=365),
        },
    )
    if created:
        context.log("Created the DEMO-SPONSOR access code (25 seats).")
