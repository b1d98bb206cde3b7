from django.urls import path

from . import views

app_name = "resources"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("card/", views.card_builder, name="card"),
]
