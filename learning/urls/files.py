from django.urls import path

from learning.views import files

app_name = "files"
urlpatterns = [path("<path:name>", files.serve_private_image, name="private_image")]
