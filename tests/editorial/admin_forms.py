"""Build the POST data of a page form in the admin the way a browser would, for tests that act as an editor."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html, rich_text, streamfield


def page_form_data(client, url, body_text=None, **fields):
    """The form at `url` as the browser shows it, changed by `fields`.

    StreamFields are drawn by JavaScript, so their data is not in the HTML: pass `body_text` for the body.
    Lists (e.g. `author_links=inline_formset([...])`) go through Wagtail's `nested_form_data`.
    """
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    if body_text is not None:
        fields["body"] = streamfield([("paragraph", rich_text(f"<p>{body_text}</p>"))])
    for key, value in nested_form_data(fields).items():
        if isinstance(value, list):
            data.setlist(key, value)
        else:
            data[key] = value
    return data


def post_fields(title, author, tags="", **extra):
    """The fields a writer fills in for a new blog post."""
    slug = title.lower().replace(" ", "-")
    return {
        "title": title,
        "slug": slug,
        "intro": f"A short summary of {title}.",
        "body_text": f"The first paragraph of {title}.",
        "author_links": inline_formset([{"author": author.pk}], min=1),
        "tags": tags,
        **extra,
    }
