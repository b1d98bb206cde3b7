"""Demo content for the ground floor: the site, its home page, settings and the demo accounts.

`seed_demo` calls `build(context)` in each installed app's `demo` module, in INSTALLED_APPS order.
Every builder is idempotent: it looks things up by a natural key before creating them.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

from editorial import roles
from home.demo_pages import publish_child
from home.models import CrisisSupportSettings, HomePage, SiteChromeSettings, StandardPage

DEMO_ACCOUNTS = [
    # username, first name, is_superuser, groups (the roles of editorial/roles.py; "Member managers" is learning's)
    ("admin", "Avery", True, []),
    ("editor", "Eden", False, [roles.EDITORS, roles.CLINICAL_REVIEWERS]),
    ("moderator", "Morgan", False, [roles.MODERATORS]),
    ("contributor", "Casey", False, [roles.CONTRIBUTORS]),
    ("manager", "Marley", False, ["Member managers"]),
    ("member", "Mina", False, []),
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
    _help_page(context, home)
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


def _help_page(context, home):
    if StandardPage.objects.filter(slug="help").exists():
        return
    publish_child(
        home,
        StandardPage(
            title="Get help now",
            slug="help",
            introduction="If someone is in danger, or you are worried about an overdose, get help straight away.",
            search_description="Crisis lines and emergency help for families: 988, 911 and the SAMHSA helpline.",
            body=[
                (
                    "callout",
                    {
                        "kind": "safety",
                        "heading": "In an emergency, call 911",
                        "text": "<p>If someone is unconscious, not breathing, or you fear for anyone's safety, "
                        "call 911 now. If you have naloxone and suspect an opioid overdose, use it and call.</p>",
                    },
                ),
                (
                    "resources",
                    {
                        "heading": "People you can talk to today",
                        "resources": [
                            {
                                "name": "988 Suicide & Crisis Lifeline",
                                "phone": "988",
                                "url": "https://988lifeline.org/",
                                "description": "Call or text, any time, for yourself or someone you love.",
                            },
                            {
                                "name": "SAMHSA National Helpline",
                                "phone": "1-800-662-4357",
                                "url": "https://www.samhsa.gov/find-help/national-helpline",
                                "description": "Free, confidential treatment referral and information, 24/7.",
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>When the crisis has passed, our blog and learning modules can help you plan what to do "
                    "next. You do not have to work it all out tonight.</p>",
                ),
            ],
        ),
    )
    context.log("Created the help page.")


def _accounts(context):
    User = get_user_model()
    roles.apply_roles()
    for username, first_name, is_superuser, group_names in DEMO_ACCOUNTS:
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
        user.groups.add(*Group.objects.filter(name__in=group_names))
        context.accounts.append((username, created))
