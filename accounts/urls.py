from django.urls import path

from accounts.views import account, join, login

app_name = "accounts"

urlpatterns = [
    path("", account.AccountView.as_view(), name="account"),
    path("my-data/", account.DataDownloadView.as_view(), name="data_download"),
    path("delete/", account.DeleteAccountView.as_view(), name="delete"),
    path("join/", join.JoinView.as_view(), name="join"),
    path("join/check-your-email/", join.JoinSentView.as_view(), name="join_sent"),
    path("verify/new-link/", join.ResendVerificationView.as_view(), name="resend_verification"),
    path("verify/<str:token>/", join.VerifyEmailView.as_view(), name="verify"),
    path("login/", login.LoginView.as_view(), name="login"),
    path("logout/", login.LogoutView.as_view(), name="logout"),
    path("password-reset/", login.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", login.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", login.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("password-reset/complete/", login.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
