"""A starting list of synonyms for this site's subject. Editors change it in Snippets › Search synonyms.

Default configuration rather than demo content: every site starts with it, and editors own it from then on.
"""

from django.db import migrations

SYNONYMS = [
    ("rehab = rehabilitation = treatment centre = treatment center = residential treatment", "Places to get treatment."),
    ("AA = Alcoholics Anonymous", "Mutual-help group for people who drink."),
    ("NA = Narcotics Anonymous", "Mutual-help group for people who use drugs."),
    ("Al-Anon = Alanon = Al Anon", "Support group for families of people who drink."),
    ("Nar-Anon = Naranon = Nar Anon", "Support group for families of people who use drugs."),
    ("CRAFT = Community Reinforcement and Family Training", "The approach this site teaches."),
    ("meth = methamphetamine = crystal meth", ""),
    ("weed = cannabis = marijuana = pot", ""),
    ("coke = cocaine", ""),
    ("OD = overdose", ""),
    ("naloxone = Narcan", "Narcan is a brand of naloxone."),
    ("opioid = opiate", ""),
    ("detox = detoxification = withdrawal management", ""),
    ("addiction = substance use disorder", ""),
    ("sober = sobriety", ""),
    ("therapist = counselor = counsellor", ""),
    ("teen = teenager = adolescent", ""),
    ("kid = child = children", ""),
    ("mom = mum = mother", ""),
    ("dad = father", ""),
    ("suboxone = buprenorphine", ""),
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms, note in SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})


def unseed(apps, schema_editor):
    apps.get_model("search", "Synonym").objects.filter(terms__in=[terms for terms, _ in SYNONYMS]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_site_index_and_synonyms")]

    operations = [migrations.RunPython(seed, unseed)]
