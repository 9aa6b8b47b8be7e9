#!/usr/bin/env python3
"""The example site's manage.py. Run it inside scripts/topology.sh, which
exports where the primary, the replicas and Redis are (see settings)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# From a clone the package comes from client/python; once installed
# (make install) that directory is simply not there.
SOURCE = os.path.join(HERE, "..", "..", "client", "python")
if os.path.isdir(SOURCE):
    sys.path.insert(0, os.path.abspath(SOURCE))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "prsite.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
