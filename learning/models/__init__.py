"""Learning models in two layers. Records (membership, access codes, sample and seat requests, locked text and
files, progress) import nothing of ours. `learning.access` reads the records, from their own modules; the pages ask
`learning.access`. So the dependency runs one way, pages → access → records, and nothing imports the pages
back into the layers below them."""

from .access_codes import AccessCode
from .locked_files import LockedFile
from .locked_text import LockedModuleText
from .membership import Membership
from .pages import LearningIndexPage, LearningModulePage
from .progress import ExerciseAnswer, ModuleProgress
from .sample import SampleRequest
from .seat_requests import SeatRequest

__all__ = [
    "AccessCode",
    "ExerciseAnswer",
    "LearningIndexPage",
    "LearningModulePage",
    "LockedFile",
    "LockedModuleText",
    "Membership",
    "ModuleProgress",
    "SampleRequest",
    "SeatRequest",
]
