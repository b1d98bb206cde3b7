import pytest

from learning.models import LearningIndexPage, LearningModulePage
from tests.factories.learning import make_learning


@pytest.fixture(scope="module")
def module_learning(module_home_page, request):
    """A learning index and its modules built once for the test module (`learning_modules` and `learning_sample`
    set how many and which is the free sample); tests read them through `learning`."""
    modules = getattr(request.module, "learning_modules", 3)
    sample = getattr(request.module, "learning_sample", None)
    index, created = make_learning(module_home_page, modules=modules, sample_number=sample)
    return index.pk, [module.pk for module in created]


@pytest.fixture
def learning(module_learning):
    """(index, modules) as the database holds them at the test's start: re-read for each test, so that what a test
    changes on them in memory (a publish, a new revision) never reaches the next test; the database's changes are
    rolled back with the test."""
    index_pk, module_pks = module_learning
    modules = LearningModulePage.objects.in_bulk(module_pks)
    return LearningIndexPage.objects.get(pk=index_pk), [modules[pk] for pk in module_pks]
