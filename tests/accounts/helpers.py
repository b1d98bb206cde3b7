"""Shared by the account tests (and learning's tests of joining with a code)."""

import re

PASSWORD = "quiet-Harbour-lamp-58"


def join_data(**overrides):
    return {
        "email": "Robin.Parent@Example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "access_code": "",
        "website": "",
        **overrides,
    }


def link_in(message, path_prefix):
    return re.search(rf"http://testserver({path_prefix}\S+)", message.body).group(1)
