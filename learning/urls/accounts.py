from django.urls import path

from learning.views import accounts

app_name = "accounts"

urlpatterns = [
    path("join/", accounts.JoinView.as_view(), name="join"),
    path("join/check-your-email/", accounts.JoinSentView.as_view(), name="join_sent"),
    path("verify/<str:token>/", accounts.VerifyEmailView.as_view(), name="verify"),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", accounts.LogoutView.as_view(), name="logout"),
    path("password-reset/", accounts.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", accounts.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "password-reset/<uidb64>/<token>/", accounts.PasswordResetConfirmView.as_view(), name="password_reset_confirm"
    ),
    path("password-reset/complete/", accounts.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("my-learning/", accounts.MyLearningView.as_view(), name="my_learning"),
]
