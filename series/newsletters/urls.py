from django.urls import path

from series.newsletters import views

urlpatterns = [
    path("newsletters/follow/", views.follow, name="newsletter_follow"),
    path("newsletters/confirm/<str:token>/", views.confirm, name="newsletter_confirm"),
    path(
        "newsletters/unsubscribe/<str:token>/",
        views.unsubscribe,
        name="newsletter_unsubscribe",
    ),
    path(
        "newsletters/preferences/<str:token>/",
        views.preferences,
        name="newsletter_preferences",
    ),
]
