"""Data migration helper: turn inline "resources" block entries into Resource snippets and choose those instead.

Blog posts and learning modules used to type each service into the block (name, phone, web address,
description). Their migrations call `inline_entries_to_snippets` to create one Resource per distinct entry
(marked as never checked, so readers see "not recently verified" until an editor confirms the details) and to
point the block at it, in the live body and in every stored revision, so drafts and history stay loadable.
"""

import json
import uuid


def _items(list_value):
    """ListBlock items in either stored format: plain values, or {"type": "item", "value": …, "id": …}."""
    for item in list_value or []:
        yield item["value"] if isinstance(item, dict) and item.get("type") == "item" else item


def _convert_stream(stream, find_or_create):
    changed = False
    for block in stream:
        if block.get("type") != "resources" or not isinstance(block.get("value"), dict):
            continue
        value = block["value"]
        entries = list(_items(value.get("resources")))
        if not entries or not all(isinstance(entry, dict) for entry in entries):
            continue  # already snippet ids
        value["resources"] = [
            {"type": "item", "value": find_or_create(entry), "id": str(uuid.uuid4())} for entry in entries
        ]
        value.setdefault("card_link", True)
        changed = True
    return changed


def inline_entries_to_snippets(apps, app_label, model_name, field_name="body"):
    Resource = apps.get_model("resources", "Resource")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Model = apps.get_model(app_label, model_name)
    cache = {}

    def find_or_create(entry):
        name = (entry.get("name") or "Unnamed service")[:120]
        phone = (entry.get("phone") or "")[:30]
        key = (name, phone)
        if key not in cache:
            resource = Resource.objects.filter(name=name, phone=phone).first() or Resource.objects.create(
                name=name,
                phone=phone,
                website=entry.get("url") or "",
                description=(entry.get("description") or "")[:300],
                kind="helpline",
                region="national",
            )
            cache[key] = resource.pk
        return cache[key]

    for obj in Model.objects.all().iterator():
        stream = [dict(block) for block in getattr(obj, field_name).raw_data]
        if _convert_stream(stream, find_or_create):
            Model.objects.filter(pk=obj.pk).update(**{field_name: stream})

    content_type = ContentType.objects.filter(app_label=app_label, model=model_name.lower()).first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        content = revision.content or {}
        body = content.get(field_name)
        stream = json.loads(body) if isinstance(body, str) else body
        if isinstance(stream, list) and _convert_stream(stream, find_or_create):
            content[field_name] = json.dumps(stream) if isinstance(body, str) else stream
            Revision.objects.filter(pk=revision.pk).update(content=content)
