"""Settings of the example site: a primary, its streaming replicas and Redis
as scripts/topology.sh exports them (LSNR_NODES, LSNR_PORT_<node>,
LSNROUTE_CONFIG). Each replica node gets a DATABASES alias of its own name."""

import os

SECRET_KEY = os.environ.get("PRSITE_SECRET_KEY", "example-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "prsite.urls"
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "pulls",
]

MIDDLEWARE = [
    "lsnroute.django.middleware.LsnrouteMiddleware",  # before SessionMiddleware
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]


def _node(port_of: str, test=None):
    db = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PRSITE_DB_NAME", "postgres"),
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": os.environ.get(f"LSNR_PORT_{port_of}", "5432"),
        # A replica that stops answering must not hang the request that
        # first reads there: it is blacklisted and the primary serves it.
        "OPTIONS": {"connect_timeout": 2},
    }
    if test:
        db["TEST"] = test
    return db


_replicas = [n for n in os.environ.get("LSNR_NODES", "primary").split() if n != "primary"]
DATABASES = {"default": _node("primary")}
# A replica alias reads the primary's test database through replication: in
# tests Django only renames it (MIRROR), the host and port stay the replica's.
DATABASES.update({n: _node(n, {"MIRROR": "default"}) for n in _replicas})

DATABASE_ROUTERS = ["lsnroute.django.router.LsnrouteRouter"]
LSNROUTE = {
    "CONFIG": os.environ.get("LSNROUTE_CONFIG", "redis=127.0.0.1:6379"),
    "PRIMARY": "default",
    "REPLICAS": {n: n for n in _replicas},
    "KEY": "user",
    "COOKIE": "lsnr",
}

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"lsnroute.django": {"handlers": ["console"], "level": "WARNING"}},
}
LOGIN_URL = "/"
