"""Forms for site accounts: join, log in, ask for a new confirmation link."""

from django import forms
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordMixin
from django.template.loader import render_to_string

from accounts import extensions
from accounts.honeypot import HoneypotMixin
from home.family_email import family_email

UserModel = get_user_model()
EMAIL_MAX_LENGTH = 254


class JoinForm(HoneypotMixin, SetPasswordMixin, forms.Form):
    """Email and password, plus any fields the registered account extensions add (e.g. an access code)."""

    email = forms.EmailField(
        label="Email address",
        max_length=EMAIL_MAX_LENGTH,
        help_text="We send a link to this address to confirm it is yours.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1, password2 = SetPasswordMixin.create_password_fields(label2="Type the password again")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extension_field_names = []
        for extension in extensions.registered():
            for name, field in extension.join_fields().items():
                self.fields[name] = field
                self.extension_field_names.append(name)

    @property
    def extension_fields(self):
        return [self[name] for name in self.extension_field_names]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        super().clean()
        self.validate_passwords()
        email = self.cleaned_data.get("email", "")
        # Validators such as "too similar to your email" need a user to compare with; it is never saved.
        self.validate_password_for_user(UserModel(username=email, email=email))
        return self.cleaned_data


class LoginForm(AuthenticationForm):
    """Django's login form, asking for the email address or the username, with a gentler error."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": (
            "That email address (or username) and password don't match an account. Passwords are case-sensitive. "
            "If you joined recently, confirm your email address first with the link we sent you."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        username = self.fields["username"]
        username.label = "Email address or username"
        username.max_length = EMAIL_MAX_LENGTH
        username.widget.attrs.update({"maxlength": EMAIL_MAX_LENGTH, "autocomplete": "username"})
        # Django focuses this field on load; then Tab skips Quick exit, which must be every page's first tab stop.
        username.widget.attrs.pop("autofocus", None)


class ResendVerificationForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        max_length=EMAIL_MAX_LENGTH,
        help_text="The address you joined with.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class DeleteAccountForm(forms.Form):
    """Deleting an account needs its password again; the check counts towards the login lockout."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        max_length=4096,
        help_text="To be sure it is you, type the password you log in with.",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        user = authenticate(self.request, username=self.request.user.get_username(), password=password)
        if user is None or user.pk != self.request.user.pk:
            raise forms.ValidationError("That password isn't right. Your account has not been deleted.")
        return password


class DiscreetPasswordResetForm(PasswordResetForm):
    """Django's reset form; the email goes out under the site's neutral sender and subject (home.family_email)."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        family_email(None, to_email, render_to_string(email_template_name, context)).send()
