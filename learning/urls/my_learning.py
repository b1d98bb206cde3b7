from django.urls import path

from learning.views.my_learning import MyLearningView

app_name = "learning"

urlpatterns = [
    path("", MyLearningView.as_view(), name="my_learning"),
]
