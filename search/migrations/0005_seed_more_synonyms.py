"""More of the starting synonym list: the words parents use for a relapse, for problem drinking and for rehab.

Like 0004, default configuration rather than demo content. A group an editor has already changed is left alone.
"""

from django.db import migrations

REHAB_BEFORE = "rehab = rehabilitation = treatment centre = treatment center = residential treatment"
REHAB_AFTER = REHAB_BEFORE + " = treatment programme = treatment program"
SYNONYMS = [
    ("relapse = lapse", "A return to drinking or using after a sober spell."),
    (
        "alcoholic = alcoholism = problem drinking = alcohol use disorder",
        "Parents say 'alcoholic'; posts often say 'problem drinking'.",
    ),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    Synonym.objects.filter(terms=REHAB_BEFORE).update(terms=REHAB_AFTER)
    for terms, note in SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


def unseed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    Synonym.objects.filter(terms=REHAB_AFTER).update(terms=REHAB_BEFORE)
    Synonym.objects.filter(terms__in=[terms for terms, _ in SYNONYMS]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0004_seed_synonyms")]

    operations = [migrations.RunPython(seed, unseed)]
