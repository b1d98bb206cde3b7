from .access_codes import AccessCode
from .locked_text import LockedModuleText
from .membership import Membership
from .pages import LearningIndexPage, LearningModulePage
from .progress import ExerciseAnswer, ModuleProgress
from .sample import SampleRequest

__all__ = [
    "AccessCode",
    "ExerciseAnswer",
    "LearningIndexPage",
    "LearningModulePage",
    "LockedModuleText",
    "Membership",
    "ModuleProgress",
    "SampleRequest",
]
