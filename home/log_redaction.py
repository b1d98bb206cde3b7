"""Keep personal data and secrets out of every log line.

`RedactingFilter` sits on every log handler (see LOGGING in settings/base.py). It rewrites the finished message,
the traceback and the stack of each record, so an email address inside an exception (SMTP refusing a recipient
names them all), a confirmation, sample or reset token inside a logged URL, or a password inside a logged
form or setting never reaches the log.
"""

import logging
import re

REDACTED = "[redacted]"

EMAIL_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)  # also URL-encoded
# The secret part of the site's own emailed links: /verify/<token>/, /access/<token>/, /password-reset/<uid>/<token>/.
TOKEN_IN_URL = re.compile(
    r"(/(?:verify|access|password-reset|password_reset/confirm|reset)/)(?!sent/|complete/)[^\s?#\"']+"
)
# password=…, "token": "…", secret: … (form data, query strings, dicts, settings)
SECRET_VALUE = re.compile(
    r"""((?:password\d?|passwd|pwd|token|secret|secret_key|api_key|csrfmiddlewaretoken|sessionid|sample_grant)"""
    r"""['"]?\s*[:=]\s*['"]?)[^\s&'",;)}]+""",
    re.IGNORECASE,
)
# Django's signed values (signing.dumps): three or more base64 parts joined by colons.
SIGNED_VALUE = re.compile(r"\b[\w-]{8,}(?::[\w-]{6,}){2,}\b")


def redact(text):
    """`text` with email addresses, tokens and secret values replaced by '[redacted]'."""
    text = EMAIL_ADDRESS.sub(REDACTED, text)
    text = TOKEN_IN_URL.sub(rf"\1{REDACTED}", text)
    text = SECRET_VALUE.sub(rf"\1{REDACTED}", text)
    return SIGNED_VALUE.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Redacts each record in place; never drops one."""

    _formatter = logging.Formatter()

    def filter(self, record):
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info:
            record.exc_text = redact(record.exc_text or self._formatter.formatException(record.exc_info))
            record.exc_info = None  # formatters print exc_text; nothing can re-render the raw traceback
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
