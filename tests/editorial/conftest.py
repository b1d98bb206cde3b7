import pytest

from django.contrib.auth.models import Group

from wagtail.models import Workflow

from authors.models import Author
from editorial import roles
from tests.editorial.helpers import user_in
from tests.factories.authors import AuthorFactory
from tests.factories.blog import make_blog
from tests.factories.learning import UserFactory, make_learning


@pytest.fixture(autouse=True)
def scheduler_lock_file(settings, tmp_path):
    """Each test gets its own scheduler lock, so a `make run` scheduler on this machine never interferes."""
    settings.SCHEDULER_LOCK_FILE = tmp_path / "scheduler.lock"


@pytest.fixture
def editorial_roles(home_page):
    """The roles of the data migration, applied again where a transactional test emptied the database (about a
    hundred queries, so not where the migration's roles and workflows are still there)."""
    groups = Group.objects.filter(name__in=[role.name for role in roles.ROLES]).count()
    workflows = Workflow.objects.filter(name__in=[workflow.name for workflow in roles.WORKFLOWS]).count()
    if (groups, workflows) != (len(roles.ROLES), len(roles.WORKFLOWS)):
        roles.apply_roles()


@pytest.fixture
def blog(home_page, editorial_roles):
    return make_blog(home_page)


@pytest.fixture
def learning(home_page, editorial_roles):
    index, modules = make_learning(home_page, modules=1)
    return index, modules[0]


@pytest.fixture
def author(db):
    return AuthorFactory(name="Jo Parent", slug="jo-parent")


@pytest.fixture
def editor(editorial_roles):
    return user_in(roles.EDITORS, first_name="Eden", last_name="Editor")


@pytest.fixture
def clinical_reviewer(editorial_roles):
    """A clinician: in Clinical reviewers only, linked to the author profile readers see on the modules."""
    return clinician_with_profile("Robin", "Okoye", "Dr. Robin Okoye", "family therapist")


@pytest.fixture
def second_clinical_reviewer(editorial_roles):
    return clinician_with_profile("Priya", "Raman", "Dr. Priya Raman", "clinical psychologist")


def clinician_with_profile(first_name, last_name, author_name, credentials):
    user = user_in(roles.CLINICAL_REVIEWERS, first_name=first_name, last_name=last_name)
    AuthorFactory(
        name=author_name,
        slug=author_name.lower().replace("dr. ", "").replace(" ", "-"),
        role=Author.Role.CLINICAL_REVIEWER,
        credentials=credentials,
        user=user,
    )
    return user


@pytest.fixture
def superuser(editorial_roles):
    return UserFactory(is_superuser=True, is_staff=True, first_name="Avery")


@pytest.fixture
def moderator(editorial_roles):
    return user_in(roles.MODERATORS, first_name="Morgan", email="moderator@example.com")


@pytest.fixture
def contributor(editorial_roles):
    return user_in(roles.CONTRIBUTORS, first_name="Casey")


@pytest.fixture
def member_manager(editorial_roles):
    return user_in("Member managers", first_name="Marley")
