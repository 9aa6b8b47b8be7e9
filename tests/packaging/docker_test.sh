#!/usr/bin/env bash
# What can be checked of docker/ without a Docker engine: the scripts are
# clean under shellcheck, the compose file parses (docker-compose config) into the demo's
# services, the image is built with the project's `make install`, and
# the entrypoint's configuration generation passes its unit test.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
fail() { echo "docker_test: FAIL: $*" >&2; exit 1; }

shellcheck -x docker/entrypoint.sh docker/lsnroute-conf.sh tests/packaging/*.sh || fail "shellcheck"

out=$(mktemp)
trap 'rm -f "$out"' EXIT
docker-compose -f docker/compose.yaml config >"$out" 2>&1 || { cat "$out" >&2; fail "docker-compose config"; }
/usr/bin/python3 - "$out" <<'PY' || fail "the compose file does not describe the demo"
import sys, yaml
c = yaml.safe_load(open(sys.argv[1]))
s = c["services"]
problems = []
def need(cond, what):
    if not cond:
        problems.append(what)
need(set(s) == {"redis", "primary", "r1", "r2", "app", "lsnroute-serve"}, f"services: {sorted(s)}")
for name in ("primary", "r1", "r2"):
    node = s[name]
    need(node.get("build", {}).get("dockerfile") == "docker/Dockerfile", f"{name} is not built from docker/Dockerfile")
    need(node.get("command") == ["postgres"], f"{name} does not run the entrypoint's postgres role")
    env = node.get("environment", {})
    need(env.get("LSNR_NODE_NAME") == name, f"{name}: LSNR_NODE_NAME={env.get('LSNR_NODE_NAME')}")
    need(env.get("LSNR_REDIS_HOST") == "redis", f"{name} does not publish to the redis service")
    need(env.get("LSNR_ROLE") == ("primary" if name == "primary" else "replica"), f"{name}: role")
    if name != "primary":
        need(env.get("LSNR_PRIMARY_HOST") == "primary", f"{name} does not follow the primary")
need("LSNR_APPLY_DELAY" not in s["r1"]["environment"], "r1 has an apply delay")
need(s["r2"]["environment"].get("LSNR_APPLY_DELAY") == "2s", "r2 has no 2s apply delay")
need(s["redis"]["image"].startswith("redis:"), "redis is not the Redis image")
app = s["app"]
need(app.get("working_dir") == "/src/examples/django", "the app does not run examples/django")
need("manage.py" in " ".join(app.get("command", [])), "the app does not run manage.py")
need("redis=redis:6379" in app["environment"].get("LSNROUTE_CONFIG", ""), "the app's router does not use the redis service")
need("password" not in app["environment"].get("LSNROUTE_CONFIG", ""), "a password in the app's LSNROUTE_CONFIG")
env = app["environment"]
need(env.get("DJANGO_SETTINGS_MODULE") == "django_settings" and env.get("PYTHONPATH") == "/src/docker",
     "the app does not use docker/django_settings.py")
need(env.get("LSNR_NODES", "").split() == ["primary", "r1", "r2"], "the app does not know the three nodes")
need(s["lsnroute-serve"]["command"][:2] == ["lsnroute", "serve"], "no lsnroute serve")
for p in problems:
    print("compose:", p)
sys.exit(1 if problems else 0)
PY

# The image: Debian 12, PostgreSQL 15, built by `make install`, the entrypoint
# and its helper installed, and every file it copies exists.
df=docker/Dockerfile
grep -q '^FROM debian:12$' "$df" || fail "$df is not FROM debian:12"
grep -q 'postgresql-15' "$df" || fail "$df does not install PostgreSQL 15"
grep -q '^RUN make install ' "$df" || fail "$df does not build with make install"
grep -q 'docker/entrypoint.sh docker/lsnroute-conf.sh /usr/local/bin/' "$df" || fail "$df does not install the entrypoint"
grep -q '^ENTRYPOINT \["/usr/local/bin/entrypoint.sh"\]' "$df" || fail "$df has another entrypoint"
for f in docker/entrypoint.sh docker/lsnroute-conf.sh; do [[ -x $f ]] || fail "$f is not executable"; done
# make install as the image runs it must be a valid make invocation here too.
plan=$(make -n install BUILD_TYPE=Release CMAKE_FLAGS=-DLSNROUTE_BUILD_TESTS=OFF)
grep -q -- '-DLSNROUTE_BUILD_TESTS=OFF' <<<"$plan" || fail "make install does not pass CMAKE_FLAGS on"

# The app's settings module: the example's settings with the compose hosts.
(cd examples/django && LSNR_NODES="primary r1 r2" PRSITE_DB_PASSWORD=pw PYTHONPATH="$ROOT/docker" \
    /usr/bin/python3 -c '
import django_settings as s
assert s.DATABASES["default"]["HOST"] == "primary", s.DATABASES["default"]
assert s.DATABASES["r2"]["HOST"] == "r2" and s.DATABASES["r2"]["PASSWORD"] == "pw", s.DATABASES["r2"]
assert s.LSNROUTE["REPLICAS"] == {"r1": "r1", "r2": "r2"}, s.LSNROUTE
assert s.DATABASE_ROUTERS == ["lsnroute.django.router.LsnrouteRouter"]
') || fail "docker/django_settings.py does not point the example at the compose services"

bash tests/packaging/docker_conf_test.sh
echo "docker_test: ok"
