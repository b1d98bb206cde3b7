from django.urls import path

from learning.views import seat_request

app_name = "seat"

urlpatterns = [
    path("", seat_request.SeatRequestView.as_view(), name="request"),
    path("thanks/", seat_request.SeatThanksView.as_view(), name="thanks"),
]
