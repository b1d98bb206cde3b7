from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("join/", views.JoinView.as_view(), name="join"),
    path("join/check-your-email/", views.JoinSentView.as_view(), name="join_sent"),
    path("verify/<str:token>/", views.VerifyEmailView.as_view(), name="verify"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("password-reset/complete/", views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
]
