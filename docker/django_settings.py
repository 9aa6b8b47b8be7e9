"""Settings of the example Django site (examples/django) inside
docker/compose.yaml: the example's own settings, with each database alias
pointed at its compose service (the service name is the node's name) and the
application role's login. Selected by DJANGO_SETTINGS_MODULE=django_settings
with docker/ on PYTHONPATH (compose.yaml does both)."""

import os

from prsite.settings import *  # noqa: F401,F403  (the example's settings, unchanged)
from prsite.settings import ALLOWED_HOSTS, DATABASES

for alias, db in DATABASES.items():
    db["HOST"] = "primary" if alias == "default" else alias
    db["PORT"] = "5432"
    db["USER"] = os.environ.get("PRSITE_DB_USER", "app")
    db["PASSWORD"] = os.environ["PRSITE_DB_PASSWORD"]

ALLOWED_HOSTS = ALLOWED_HOSTS + ["app"]
