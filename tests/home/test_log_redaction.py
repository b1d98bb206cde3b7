"""No email address, token or password in any log line (issue 11, finding 13).

The failure is forced for real: a local SMTP server refuses the recipient, as a production relay does, and the
traceback Django logs (smtplib.SMTPRecipientsRefused names every refused address) goes through the configured
handler. Before the fix the address appeared in the log.
"""

import io
import logging
import socketserver
import threading

import pytest

from django.core.cache import cache

from home.log_redaction import REDACTED, redact

VICTIM = "dana.private@example.org"


class RefusingSMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP to refuse every recipient with 550."""

    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        self.reply("220 test relay ready")
        for raw in self.rfile:
            command = raw.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 test relay")
            elif command.startswith("RCPT"):
                self.reply("550 5.1.1 Recipient address rejected: user unknown")
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


@pytest.fixture
def refusing_smtp(settings):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), RefusingSMTPHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = server.server_address
    yield
    server.shutdown()
    server.server_close()


@pytest.fixture
def log_output():
    """What the configured console handler (with its filters) writes, instead of stderr."""
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "console")
    buffer = io.StringIO()
    previous = handler.setStream(buffer)
    yield buffer
    handler.setStream(previous)


@pytest.mark.django_db
def test_a_refused_recipient_is_logged_without_the_address(client, home_page, refusing_smtp, log_output):
    cache.clear()
    form = {"first_name": "Dana", "email": VICTIM, "relationship": "parent", "consent": "on", "website": ""}
    response = client.post("/learning/sample/", form)
    assert response.status_code == 302  # the family still gets the thank-you page
    written = log_output.getvalue()
    assert "SMTPRecipientsRefused" in written  # the failure itself is logged, with its traceback
    assert VICTIM not in written and "dana.private" not in written
    assert REDACTED in written


@pytest.mark.parametrize(
    "line",
    [
        '"GET /accounts/verify/ImRhbmEi:1tQx9Z:Qm9ndXNfc2lnbmF0dXJlX3ZhbHVl/ HTTP/1.1" 302 0',
        '"GET /learning/sample/access/eyJzYW1wbGUiOjF9:1tQx9Z:c2lnbmF0dXJlX3ZhbHVlX2hlcmU/ HTTP/1.1" 200 0',
        '"GET /accounts/password-reset/MTI/c9x4kq-0f2b9d8e7a6c5b4a3/ HTTP/1.1" 302 0',
        "Login failed: {'username': 'dana', 'password': 'correct-horse-battery'}",
        "POST data: email=dana%40example.org&password1=correct-horse-battery&csrfmiddlewaretoken=Abc123xyz",
    ],
)
def test_request_lines_and_form_data_lose_their_secrets(line, log_output):
    logging.getLogger("django.server").info(line)
    written = log_output.getvalue()
    for secret in ("ImRhbmEi", "eyJzYW1wbGUiOjF9", "c9x4kq", "correct-horse-battery", "Abc123xyz", "dana%40"):
        assert secret not in written
    assert REDACTED in written


def test_an_exception_message_is_redacted_in_the_traceback(log_output):
    try:
        raise ValueError(f"could not deliver to {VICTIM} (token=s3cr3t-t0ken)")
    except ValueError:
        logging.getLogger("accounts.emails").exception("Account email failed")
    written = log_output.getvalue()
    assert "Traceback" in written and "ValueError" in written
    assert VICTIM not in written and "s3cr3t-t0ken" not in written


def test_ordinary_lines_are_kept():
    assert redact("Published: 'Module 3' pk=12 revision_id=40") == "Published: 'Module 3' pk=12 revision_id=40"
