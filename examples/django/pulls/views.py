"""The flow read-your-writes routing is for: create a pull request, be
redirected to the list, and see it there, although the list is read from a
replica whenever one has replayed the write."""

from django.contrib.auth import authenticate, get_user_model, login, logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_GET, require_POST

from .models import PullRequest


def _page(title, body):
    return HttpResponse(format_html("<!doctype html><title>{}</title><h1>{}</h1>{}", title, title, body))


def _form(request, action, *fields):
    inputs = format_html_join("", '<input name="{}" placeholder="{}"> ', ((f, f) for f in fields))
    return format_html(
        '<form method="post" action="{}"><input type="hidden" name="csrfmiddlewaretoken" value="{}">{}'
        "<button>{}</button></form>",
        action,
        get_token(request),
        inputs,
        action,
    )


def _list(pulls):
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((str(p),) for p in pulls)))


@require_GET
def home(request):
    return _page(
        "pg_lsnroute example",
        format_html("{}{}", _form(request, "/signup", "username", "password"), _form(request, "/login", "username", "password")),
    )


@require_POST
def signup(request):
    name = request.POST.get("username", "")
    if not name:
        return HttpResponseBadRequest("username required")
    user = get_user_model().objects.create_user(name, password=request.POST.get("password"))
    login(request, user)
    return redirect("pulls")


@require_POST
def login_view(request):
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return HttpResponseBadRequest("bad credentials")
    login(request, user)
    return redirect("pulls")


@require_POST
def logout_view(request):
    logout(request)
    return redirect("all_pulls")


@require_POST
def draft(request):
    """An anonymous visitor keeps a draft title in the session (a write)."""
    request.session["draft"] = request.POST.get("title", "")
    return redirect("all_pulls")


@login_required
@require_GET
def pulls(request):
    body = format_html("{}{}", _list(request.user.pulls.all()), _form(request, "/pulls/new", "title"))
    return _page(f"Pull requests of {request.user.username}", body)


@login_required
@require_POST
def create(request):
    PullRequest.objects.create(author=request.user, title=request.POST["title"])
    return redirect("pulls")


@login_required
@require_POST
def merge(request, pk):
    """Writes, then reads in the same request: the read stays on the primary."""
    PullRequest.objects.filter(pk=pk, author=request.user).update(state=PullRequest.MERGED)
    pull = get_object_or_404(PullRequest, pk=pk)
    return _page(str(pull), "")


@require_GET
def all_pulls(request):
    return _page("Open pull requests", _list(PullRequest.objects.filter(state=PullRequest.OPEN)[:50]))


@login_required
@require_GET
def stats(request):
    """Counts read in one transaction: inside atomic() reads stay on the primary."""
    with transaction.atomic():
        mine = request.user.pulls.count()
        total = PullRequest.objects.count()
    return HttpResponse(f"{mine} of {total}", content_type="text/plain")
