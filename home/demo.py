"""Demo content for the ground floor: the site, its home page, settings and the demo accounts.

`seed_demo` calls `build(context)` in each installed app's `demo` module, in INSTALLED_APPS order.
Every builder is idempotent: it looks things up by a natural key before creating them.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

from home.models import CrisisSupportSettings, HomePage, SiteChromeSettings

DEMO_ACCOUNTS = [
    # username, first name, is_superuser, group (created by Wagtail or by later issues' migrations)
    ("admin", "Avery", True, None),
    ("editor", "Eden", False, "Editors"),
    ("moderator", "Morgan", False, "Moderators"),
    ("contributor", "Casey", False, "Contributors"),
    ("member", "Mina", False, None),
]

HOME_INTRODUCTION = (
    "<p>When someone you love is drinking too much or using drugs, it can feel as if every choice is the wrong one. "
    "Shouting hasn't worked. Staying quiet hasn't worked. You are exhausted, and you may be frightened.</p>"
    "<p>This site is for you. It is built around CRAFT, an approach that teaches families practical ways to "
    "communicate, to look after themselves, and to make treatment more likely. Read the blog for stories and "
    "ideas, or work through our learning modules one step at a time.</p>"
)


def build(context):
    home = _home_page(context)
    _site(home)
    _settings(Site.objects.get(is_default_site=True))
    _accounts(context)


def _home_page(context):
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's first migration leaves a plain "Welcome" page (and a Site on it) where the home page belongs.
    for placeholder in root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)):
        if not placeholder.get_children().exists():
            placeholder.delete()
    home = root.add_child(
        instance=HomePage(
            title="Home",
            slug="home",
            seo_title="Steady Ground: help for families of people who drink or use drugs",
            hero_heading="You can help someone you love, and look after yourself too",
            hero_text=(
                "Practical, kind guidance for parents, partners and families of people who misuse alcohol or drugs."
            ),
            introduction=HOME_INTRODUCTION,
            search_description=(
                "Support and practical CRAFT skills for families of people who misuse alcohol or drugs."
            ),
        )
    )
    home.save_revision().publish()
    context.log("Created the home page.")
    return home


def _site(home):
    """Point the default site at the home page, under the address in WAGTAILADMIN_BASE_URL."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    wanted = {
        "hostname": address.hostname or "localhost",
        "port": address.port or (443 if address.scheme == "https" else 80),
        "root_page": home,
        "site_name": settings.SITE_NAME,
    }
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    if any(getattr(site, name, None) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()


def _settings(site):
    CrisisSupportSettings.for_site(site)
    SiteChromeSettings.for_site(site)


def _accounts(context):
    User = get_user_model()
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for username, first_name, is_superuser, group_name in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "email": f"{username}@example.com",
                "is_superuser": is_superuser,
                "is_staff": is_superuser,
            },
        )
        if created or (context.password_given and not user.check_password(context.password)):
            user.set_password(context.password)
            user.save()
        if group_name:
            group, group_created = Group.objects.get_or_create(name=group_name)
            if group_created:
                group.permissions.add(access_admin)
            user.groups.add(group)
        context.accounts.append((username, created))
