"""Demo authors: two staff writers, a guest blogger with a memoir and a clinical reviewer, each with a photo.

Idempotent: authors are looked up by slug, books by title and pictures by title.
"""

from .demo_pictures import book_cover, portrait, save_picture
from .models import Author, Book

COLLECTION = "Authors"

AUTHORS = [
    {
        "slug": "dana-whitfield",
        "name": "Dana Whitfield",
        "role": Author.Role.STAFF,
        "location": "Asheville, North Carolina",
        "website": "",
        "bio": (
            "<p>Dana has coached families for fifteen years and trains parents in CRAFT. She writes most of our "
            "how-to articles and likes practical steps you can try the same evening.</p>"
        ),
        "portrait": {
            "background": (120, 160, 170),
            "clothes": (40, 80, 90),
            "skin": (224, 184, 150),
            "hair": (70, 50, 40),
        },
        "books": [
            {
                "title": "The Kitchen Table Workbook",
                "subtitle": "CRAFT exercises for families, one evening at a time",
                "year": 2023,
                "link": "https://example.com/books/kitchen-table-workbook",
                "cover": {"background": (29, 92, 99), "accent": (242, 176, 30)},
            }
        ],
    },
    {
        "slug": "marcus-ellery",
        "name": "Marcus Ellery",
        "role": Author.Role.GUEST,
        "location": "Dayton, Ohio",
        "website": "https://example.com/marcus-ellery",
        "bio": (
            "<p>Marcus is a father of two and a high-school music teacher. His son has been in recovery since "
            "2019. He writes about the years before that, and about what he wishes he had known sooner.</p>"
        ),
        "portrait": {
            "background": (170, 180, 140),
            "clothes": (70, 90, 60),
            "skin": (196, 150, 118),
            "hair": (120, 120, 125),
        },
        "books": [
            {
                "title": "Porch Light",
                "subtitle": "A Father's Memoir of Addiction, Hope and Learning to Listen",
                "year": 2022,
                "link": "https://example.com/books/porch-light",
                "cover": {"background": (40, 60, 90), "accent": (255, 214, 140)},
            }
        ],
    },
    {
        "slug": "priya-raman",
        "name": "Dr. Priya Raman",
        "role": Author.Role.CLINICAL_REVIEWER,
        "location": "Minneapolis, Minnesota",
        "website": "",
        "bio": (
            "<p>Priya is a clinical psychologist who works with families affected by substance use. She reviews "
            "our articles on health and safety so that what we publish matches current evidence.</p>"
        ),
        "portrait": {
            "background": (214, 170, 140),
            "clothes": (150, 70, 60),
            "skin": (140, 96, 70),
            "hair": (30, 24, 22),
            "long_hair": True,
        },
        "books": [],
    },
    {
        "slug": "lena-okafor",
        "name": "Lena Okafor",
        "role": Author.Role.STAFF,
        "location": "Baltimore, Maryland",
        "website": "",
        "bio": (
            "<p>Lena hosts the Steady Ground podcast and leads our online support evenings. Her older brother is "
            "in long-term recovery, and she writes about families from a sibling's point of view.</p>"
        ),
        "portrait": {
            "background": (150, 150, 190),
            "clothes": (60, 60, 110),
            "skin": (110, 74, 54),
            "hair": (24, 20, 20),
            "long_hair": True,
        },
        "books": [],
    },
]


def build(context):
    for data in AUTHORS:
        _author(context, data)


def _author(context, data):
    author = Author.objects.filter(slug=data["slug"]).first()
    if author is None:
        photo = save_picture(
            f"Portrait of {data['name']}",
            lambda: portrait(**data["portrait"]),
            COLLECTION,
            description=f"Illustrated portrait of {data['name']}",
        )
        fields = {name: data[name] for name in ("name", "role", "location", "website", "bio")}
        author = Author.objects.create(slug=data["slug"], photo=photo, **fields)
        context.log(f"Created the author {author.name}.")
    for book in data["books"]:
        _book(author, book)


def _book(author, data):
    if author.books.filter(title=data["title"]).exists():
        return
    cover = save_picture(
        f"Cover of {data['title']}",
        lambda: book_cover(data["title"], data["subtitle"], author.name, **data["cover"]),
        COLLECTION,
        description=f"Book cover of {data['title']} by {author.name}",
    )
    fields = {name: data[name] for name in ("title", "subtitle", "year", "link")}
    Book.objects.create(author=author, cover=cover, sort_order=author.books.count(), **fields)
