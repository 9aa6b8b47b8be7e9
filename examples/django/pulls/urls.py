from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("signup", views.signup, name="signup"),
    path("login", views.login_view, name="login"),
    path("logout", views.logout_view, name="logout"),
    path("draft", views.draft, name="draft"),
    path("pulls/", views.pulls, name="pulls"),
    path("pulls/new", views.create, name="create"),
    path("pulls/all", views.all_pulls, name="all_pulls"),
    path("pulls/stats", views.stats, name="stats"),
    path("pulls/<int:pk>/merge", views.merge, name="merge"),
]
