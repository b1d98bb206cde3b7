"""Demo logins (accounts.yaml): each with its groups, the admin a superuser, the member with a membership."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial import roles
from learning.models import Membership

from ..files import read_yaml


def load_accounts(context):
    roles.apply_roles()
    for data in read_yaml("accounts.yaml")["accounts"]:
        user, created = _account(context, data)
        if data.get("member"):
            Membership.objects.get_or_create(
                user=user,
                defaults={
                    "status": Membership.Status.ACTIVE,
                    "source": Membership.Source.STAFF,
                    "notes": "Demo member account.",
                },
            )
        context.accounts.append((user.username, created))


def _account(context, data):
    superuser = data.get("superuser", False)
    user, created = get_user_model().objects.get_or_create(
        username=data["username"],
        defaults={
            "first_name": data["first_name"],
            "last_name": data.get("last_name", ""),
            "email": f"{data['username']}@example.com",
            "is_superuser": superuser,
            "is_staff": superuser,
        },
    )
    if created or (context.password_given and not context.password_matches(user.password)):
        user.password = context.password_hash
        user.save(update_fields=["password"])
    groups = Group.objects.filter(name__in=data.get("groups", []))
    if len(groups) != len(data.get("groups", [])):
        missing = set(data["groups"]) - {group.name for group in groups}
        raise LookupError(f"accounts.yaml names groups that do not exist: {sorted(missing)}")
    user.groups.set(groups)  # exactly the YAML's: an older demo's editor was a clinical reviewer too
    return user, created
