# pg_lsnroute: top-level entry point.
#   make            build the extension and the client
#   make install    install extension (library, control, SQL), client and the Python package
#   make test       install deps, build, install, run every test
#   make demo       install deps, build, install, run the local demo
#   make bench      install deps, build, install, run the benchmark (QUICK=1 for a short one)
#   make test-python  the Python package and Django example tests (against client/build)
#   make help       this list

PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
BUILD_TYPE ?= RelWithDebInfo
CLIENT_BUILD ?= client/build
ASAN_BUILD ?= client/build-asan
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
        demo bench format clean

all: extension client

help:
	@sed -n 's/^#   //p' Makefile

deps:
	@bash scripts/install-deps.sh

extension:
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG)

client:
	cmake -S client -B $(CLIENT_BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
	cmake --build $(CLIENT_BUILD) -j $(JOBS)

install-extension: extension
	$(MAKE) -C extension PG_CONFIG=$(PG_CONFIG) install

install-client: client
	cmake --install $(CLIENT_BUILD) >/dev/null
	-ldconfig 2>/dev/null

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

demo: deps install
	bash scripts/demo.sh

bench: deps install
	bash bench/run.sh $(if $(QUICK),--quick,)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp' '*.h' '*.c')

clean:
	-$(MAKE) -C extension clean PG_CONFIG=$(PG_CONFIG)
	rm -rf $(CLIENT_BUILD) $(ASAN_BUILD)
