"""Phone numbers as people write them ("1-800-662-4357", "(216) 555-0134", "988") and as phones dial them."""

import re

from django.core.exceptions import ValidationError

ALLOWED = re.compile(r"^\+?[0-9(][0-9 ().\-]*$")
MIN_DIGITS = 3  # 911, 988 and text short codes
MAX_DIGITS = 15  # the longest international number (E.164)


def dial_string(number):
    """What goes after `tel:` or `sms:`: the digits, with a leading + kept for international numbers."""
    number = (number or "").strip()
    digits = re.sub(r"\D", "", number)
    return f"+{digits}" if number.startswith("+") and digits else digits


def validate_phone(number):
    """Accept the usual ways of writing a number; refuse letters, extensions and anything not dialable."""
    number = (number or "").strip()
    if not number:
        return
    digits = len(dial_string(number).lstrip("+"))
    if not ALLOWED.match(number) or not MIN_DIGITS <= digits <= MAX_DIGITS:
        raise ValidationError(
            'Write the number with digits only, for example "988" or "1-800-662-4357" (spaces, dashes, '
            "brackets and a leading + are fine).",
            code="invalid_phone",
        )
