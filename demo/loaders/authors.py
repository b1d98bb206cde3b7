"""Authors and their books (authors.yaml), each with a photo and cover from images/authors/; `user` links an
author to a demo login (the clinician's approvals are shown under her profile)."""

from django.contrib.auth import get_user_model

from authors.models import Author, Book

from ..assets import image
from ..files import read_yaml, rich_text


def load_authors(context):
    for data in read_yaml("authors.yaml")["authors"]:
        author = Author.objects.filter(slug=data["slug"]).first()
        if author is None:
            author = Author.objects.create(
                slug=data["slug"],
                name=data["name"],
                role=Author.Role(data["role"]),
                credentials=data.get("credentials", ""),
                location=data.get("location", ""),
                website=data.get("website", ""),
                bio=rich_text(data["bio"]),
                photo=image(data["photo"]),
            )
            context.log(f"Created the author {author.name}.")
        if data.get("user") and author.user_id is None:
            author.user = get_user_model().objects.get(username=data["user"])
            author.credentials = author.credentials or data.get("credentials", "")
            author.save(update_fields=["user", "credentials"])
        for order, book in enumerate(data.get("books", [])):
            if not author.books.filter(title=book["title"]).exists():
                fields = {name: book[name] for name in ("title", "subtitle", "year", "link")}
                Book.objects.create(author=author, cover=image(book["cover"]), sort_order=order, **fields)
