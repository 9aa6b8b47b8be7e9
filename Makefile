# pg_lsnroute: top-level entry point.
#   make            build the extension and the client
#   make install    install extension (library, control, SQL), client and the Python package
#                   (PREFIX=/usr/local for the client, DESTDIR=<staging root> for all)
#   make dist       release tarball pg_lsnroute-<version>.tar.gz of HEAD (DIST_DIR=.)
#   make test-packaging  META.json, make install DESTDIR/PREFIX tree, make dist, docker/
#   make test       install deps, build, install, run every test
#   make demo       install deps, build, install, run the local demo
#   make bench      install deps, build, install, run the benchmark (QUICK=1 for a short one)
#   make test-fault the fault suite: every fault once, two router processes (part of make test)
#   make soak       every fault in every mode, then SOAK_MINUTES (default 10) of random faults
#   make test-fuzz  every libFuzzer target over its corpus, FUZZ_SECONDS (default 3) each (part of make test)
#   make fuzz       every libFuzzer target for long: FUZZ_SECONDS (default 300) each, corpus in fuzz/build
#   make test-python  the Python package and Django example tests (against client/build)
#   make help       this list

PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
BUILD_TYPE ?= RelWithDebInfo
CLIENT_BUILD ?= client/build
ASAN_BUILD ?= client/build-asan
# The client installs under PREFIX; the extension where pg_config says. Both
# under DESTDIR when set (a staging root for packagers: nothing runs there).
PREFIX ?= /usr/local
DESTDIR ?=
DIST_DIR ?= .
# Extra cmake options for the client, e.g. CMAKE_FLAGS=-DLSNROUTE_BUILD_TESTS=OFF
CMAKE_FLAGS ?=
VERSION := $(shell /usr/bin/python3 -c 'import json; print(json.load(open("META.json"))["version"])' 2>/dev/null)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# Debian's interpreter (a `python3` on PATH may not see Debian's python3-* packages);
# the package goes where it imports from: PREFIX/lib/python3.X/dist-packages
# (/usr/local/lib/python3.11/dist-packages on Debian 12).
PREFIX ?= /usr/local
PYTHON ?= /usr/bin/python3
PYTHON_SITEDIR ?= $(PREFIX)/$(shell $(PYTHON) -c 'import sys; print("lib/python%d.%d/dist-packages" % sys.version_info[:2])')
export PG_CONFIG

.PHONY: all help deps extension client install install-extension install-client install-python \
        test test-extension-unit test-regress test-tap test-client test-client-asan test-python \
        demo bench format clean dist test-packaging test-fault soak fault-router fuzz test-fuzz

all: extension client

help:
	@sed -n 's/^#   //p' Makefile

deps:
	@bash scripts/install-deps.sh

extension:
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG)

client:
	cmake -S client -B $(CLIENT_BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
	    -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(CLIENT_BUILD) -j $(JOBS)

install-extension: extension
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG) DESTDIR=$(DESTDIR) install

install-client: client
	DESTDIR=$(DESTDIR) cmake --install $(CLIENT_BUILD) >/dev/null
	$(if $(DESTDIR),,-ldconfig 2>/dev/null)

install-python:
	install -d $(DESTDIR)$(PYTHON_SITEDIR)/lsnroute/django
	install -m 644 client/python/lsnroute/*.py $(DESTDIR)$(PYTHON_SITEDIR)/lsnroute/
	install -m 644 client/python/lsnroute/django/*.py $(DESTDIR)$(PYTHON_SITEDIR)/lsnroute/django/
	printf '# Written by make install: where that install put the C library.\nLIBRARY = "%s"\n' \
	    "$(PREFIX)/lib/liblsnroute.so.1" > $(DESTDIR)$(PYTHON_SITEDIR)/lsnroute/_installed.py

install: install-extension install-client install-python

test: deps install
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG) unit
	bash scripts/test-regress.sh
	bash scripts/test-tap.sh
	$(MAKE) test-client test-client-asan test-python
	$(MAKE) test-packaging
	$(MAKE) test-fault
	$(MAKE) test-fuzz
	@echo "make test: all suites passed"

test-extension-unit:
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG) unit

test-regress: deps install-extension
	bash scripts/test-regress.sh

test-tap: deps install-extension
	bash scripts/test-tap.sh

test-client: client
	bash scripts/test-client.sh $(CLIENT_BUILD)

# The Python package and the Django example, against the build's liblsnroute.
test-python: client
	bash scripts/test-python.sh $(CLIENT_BUILD)

test-client-asan:
	cmake -S client -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DLSNROUTE_SANITIZE=ON >/dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	bash scripts/test-client.sh $(ASAN_BUILD)

# The fault suite's app server; the suite runs against the installed extension.
SOAK_MINUTES ?= 10
fault-router:
	cmake -S client -B $(CLIENT_BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null
	cmake --build $(CLIENT_BUILD) -j $(JOBS) --target lsnr_fault_router

test-fault: fault-router
	FAULT_COMMAND="make test-fault" bash client/tests/fault/run.sh --build $(CLIENT_BUILD)

soak: fault-router
	FAULT_COMMAND="make soak SOAK_MINUTES=$(SOAK_MINUTES)" \
	    bash client/tests/fault/run.sh --build $(CLIENT_BUILD) --soak $(SOAK_MINUTES)

# libFuzzer targets (fuzz/, clang 14): no install needed, own build dir.
test-fuzz:
	bash scripts/test-fuzz.sh $(if $(FUZZ_SECONDS),--seconds $(FUZZ_SECONDS),)

fuzz:
	bash scripts/test-fuzz.sh --long $(if $(FUZZ_SECONDS),--seconds $(FUZZ_SECONDS),)

demo: deps install
	bash scripts/demo.sh

bench: deps install
	bash bench/run.sh $(if $(QUICK),--quick,)

# A release is HEAD as committed: what is not committed is not in it.
dist:
	@test -n "$(VERSION)" || { echo "dist: no version in META.json" >&2; exit 1; }
	git archive --format=tar.gz --prefix=pg_lsnroute-$(VERSION)/ \
	    -o $(DIST_DIR)/pg_lsnroute-$(VERSION).tar.gz HEAD
	@echo "dist: $(DIST_DIR)/pg_lsnroute-$(VERSION).tar.gz"

# Needs the extension and client built (it stages `make install` in a temp
# DESTDIR) and the operator-page test needs them installed (make install).
test-packaging:
	bash tests/packaging/run.sh

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp' '*.h' '*.c')

clean:
	-$(MAKE) -C extension clean PG_CONFIG=$(PG_CONFIG)
	rm -rf $(CLIENT_BUILD) $(ASAN_BUILD) fuzz/build
