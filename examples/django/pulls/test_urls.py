"""A URLconf for the tests only: a view whose replica connection dies."""

from django.db import connections
from django.http import HttpResponse
from django.urls import include, path

from lsnroute.django.state import current


def replica_dies(request):
    alias = current.get().alias_for_read()
    with connections[alias].cursor() as cur:
        cur.execute("SELECT pg_terminate_backend(pg_backend_pid())")
    return HttpResponse(alias)


urlpatterns = [path("dies", replica_dies), path("", include("pulls.urls"))]
