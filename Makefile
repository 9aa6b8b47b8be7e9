# pg_lsnroute: top-level entry point. Every target (`make help` prints this list;
# tests/packaging/make_help_test.sh checks that every .PHONY target is in it):
#   make all        build the extension and the CMake tree (what plain `make` does)
#   make extension  build the extension (PGXS, in extension/)
#   make configure  configure the CMake tree in BUILD_DIR (CMAKE_FLAGS=... passed to cmake)
#   make client     build the CMake tree in BUILD_DIR (default build/): the client library,
#                   CLI and tests (build/client/), the benchmark (build/bench/)
#   make install    install extension (library, control, SQL), client and the Python package
#                   (PREFIX=/usr/local for the client, DESTDIR=<staging root> for all)
#   make install-extension  the extension only (where pg_config says)
#   make install-client     the client library, headers, CLI and lsnroute-bench (under PREFIX)
#   make install-python     the Python package (PREFIX/lib/python3.X/dist-packages)
#   make deps       install the Debian packages that are missing (scripts/install-deps.sh)
#   make dist       release tarball pg_lsnroute-<version>.tar.gz of HEAD (DIST_DIR=.)
#   make test       install deps, build, install, run every test
#   make test-static  the cheap checks: clang-format of every C/C++ file, this help list (part of make test)
#   make test-extension-unit  the extension's unit tests (no server)
#   make test-regress  the pg_regress suite against the installed extension
#   make test-tap   the multi-node TAP tests against the installed extension
#   make test-client   the client's ctest suite in BUILD_DIR (unit, Redis layer, integration)
#   make test-client-asan  the same, built with ASan + UBSan in ASAN_BUILD (default build-asan/)
#   make test-python  the Python package and Django example tests (against BUILD_DIR's library)
#   make test-packaging  META.json, make install DESTDIR/PREFIX tree, make dist, docker/
#   make test-fault the fault suite: every fault once, two router processes (part of make test)
#   make fault-router  build the fault suite's app server (lsnr-fault-router) in BUILD_DIR
#   make soak       every fault in every mode, then SOAK_MINUTES (default 10) of random faults
#   make test-fuzz  every libFuzzer target over its corpus, FUZZ_SECONDS (default 3) each (part of make test)
#   make fuzz       every libFuzzer target for long: FUZZ_SECONDS (default 300) each, corpus in fuzz/build
#   make demo       install deps, build, install, run the local demo
#   make bench      install deps, build, install, run the benchmark (QUICK=1 for a short one)
#   make compile-commands  ./compile_commands.json: the CMake tree, fuzz/ and the extension
#   make lint       clang-format check, then clang-tidy (.clang-tidy) over ./compile_commands.json
#   make format     reformat every C/C++ file with clang-format
#   make clean      remove the build trees (BUILD_DIR, ASAN_BUILD, fuzz/build) and the extension's objects
#   make help       this list

PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
BUILD_TYPE ?= RelWithDebInfo
# The CMake tree (top-level CMakeLists.txt: client/ and bench/) and its
# sanitizer twin.
BUILD_DIR ?= build
ASAN_BUILD ?= build-asan
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
PYTHON ?= /usr/bin/python3
PYTHON_SITEDIR ?= $(PREFIX)/$(shell $(PYTHON) -c 'import sys; print("lib/python%d.%d/dist-packages" % sys.version_info[:2])')
export PG_CONFIG BUILD_DIR

.PHONY: all help deps extension configure client install install-extension install-client install-python \
        test test-static test-extension-unit test-regress test-tap test-client test-client-asan \
        test-python demo bench format clean dist test-packaging test-fault soak fault-router fuzz \
        test-fuzz compile-commands lint

all: extension client

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

deps:
	@bash scripts/install-deps.sh

extension:
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG)

# Configures BUILD_DIR (also what compile-commands needs), then builds it.
configure:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	    -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS) >/dev/null

client: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

install-extension: extension
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG) DESTDIR=$(DESTDIR) install

install-client: client
	DESTDIR=$(DESTDIR) cmake --install $(BUILD_DIR) >/dev/null
	$(if $(DESTDIR),,-ldconfig 2>/dev/null)

install-python:
	install -d $(DESTDIR)$(PYTHON_SITEDIR)/lsnroute/django
	install -m 644 client/python/lsnroute/*.py $(DESTDIR)$(PYTHON_SITEDIR)/lsnroute/
	install -m 644 client/python/lsnroute/django/*.py $(DESTDIR)$(PYTHON_SITEDIR)/lsnroute/django/
	printf '# Written by make install: where that install put the C library.\nLIBRARY = "%s"\n' \
	    "$(PREFIX)/lib/liblsnroute.so.1" > $(DESTDIR)$(PYTHON_SITEDIR)/lsnroute/_installed.py

install: install-extension install-client install-python

test: deps
	$(MAKE) test-static
	$(MAKE) install
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG) unit
	bash scripts/test-regress.sh
	bash scripts/test-tap.sh
	$(MAKE) test-client test-client-asan test-python
	$(MAKE) test-packaging
	$(MAKE) test-fault
	$(MAKE) test-fuzz
	@echo "make test: all suites passed"

test-static:
	bash scripts/lint.sh --format-only
	bash tests/packaging/make_help_test.sh

test-extension-unit:
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG) unit

test-regress: deps install-extension
	bash scripts/test-regress.sh

test-tap: deps install-extension
	bash scripts/test-tap.sh

test-client: client
	bash scripts/test-client.sh $(BUILD_DIR)

# The Python package and the Django example, against the build's liblsnroute.
test-python: client
	bash scripts/test-python.sh $(BUILD_DIR)

test-client-asan:
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DLSNROUTE_SANITIZE=ON >/dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	bash scripts/test-client.sh $(ASAN_BUILD)

# The fault suite's app server; the suite runs against the installed extension.
SOAK_MINUTES ?= 10
fault-router: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target lsnr_fault_router

test-fault: fault-router
	FAULT_COMMAND="make test-fault" bash client/tests/fault/run.sh --build $(BUILD_DIR)

soak: fault-router
	FAULT_COMMAND="make soak SOAK_MINUTES=$(SOAK_MINUTES)" \
	    bash client/tests/fault/run.sh --build $(BUILD_DIR) --soak $(SOAK_MINUTES)

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

# Configures (does not build) BUILD_DIR and fuzz/build, and lists the
# extension's compiler commands (make -n): one entry per file.
compile-commands: configure
	$(PYTHON) scripts/compile-commands.py --build $(BUILD_DIR)

lint: compile-commands
	bash scripts/lint.sh

clean:
	-$(MAKE) -C extension clean PG_CONFIG=$(PG_CONFIG)
	rm -rf $(BUILD_DIR) $(ASAN_BUILD) fuzz/build compile_commands.json
