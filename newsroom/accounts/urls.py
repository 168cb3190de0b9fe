from django.urls import path

from newsroom.accounts import views

app_name = "two_factor"

urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("verify/", views.verify, name="verify"),
]
