from django.urls import path

from learning.views import sample

app_name = "sample"

urlpatterns = [
    path("", sample.SampleRequestView.as_view(), name="request"),
    path("thanks/", sample.SampleThanksView.as_view(), name="thanks"),
    path("access/<str:token>/", sample.SampleAccessView.as_view(), name="access"),
    path("unsubscribe/<str:token>/", sample.UnsubscribeView.as_view(), name="unsubscribe"),
]
