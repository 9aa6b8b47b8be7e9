#!/usr/bin/python3
"""Writes ./compile_commands.json for the whole repository (make compile-commands).

One entry per source file, from three builds:
  1. the CMake tree (client/, bench/): BUILD/compile_commands.json, which
     CMake writes when it configures BUILD (the top-level Makefile's
     `configure` target);
  2. the extension (PGXS): its compiler lines as `make -n -B` prints them for
     the module and for the `unit` target, nothing built;
  3. the fuzz targets: fuzz/build (clang), configured here if needed.
A file compiled by more than one build keeps the first build's entry (the
fuzz build compiles the client's and the extension's sources once more).

  scripts/compile-commands.py [--build DIR] [--fuzz-build DIR] [--output FILE]
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPILER = re.compile(r"^(.*/)?(g\+\+|gcc|cc|c\+\+|clang|clang\+\+)(-[0-9.]+)?$")
SOURCE = re.compile(r"\.(c|cc|cpp)$")


def die(msg):
    sys.exit("compile-commands: error: " + msg)


def cmake_entries(build):
    path = os.path.join(build, "compile_commands.json")
    if not os.path.isfile(path):
        die(f"{path} not found: configure {build} first (make configure)")
    with open(path) as f:
        return json.load(f)


def configure_fuzz(fuzz_build):
    if os.path.isfile(os.path.join(fuzz_build, "compile_commands.json")):
        return
    cmd = ["cmake", "-S", os.path.join(ROOT, "fuzz"), "-B", fuzz_build,
           "-DCMAKE_C_COMPILER=" + os.environ.get("FUZZ_CC", "clang-14"),
           "-DCMAKE_CXX_COMPILER=" + os.environ.get("FUZZ_CXX", "clang++-14")]
    if subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode != 0:
        die("configuring " + fuzz_build + " failed")


def make_lines(directory, targets):
    """The recipe lines `make -n -B` prints, continuation lines joined."""
    pg_config = os.environ.get("PG_CONFIG", "/usr/lib/postgresql/15/bin/pg_config")
    out = subprocess.run(["make", "-n", "-B", "-C", directory, "PG_CONFIG=" + pg_config] + targets,
                         stdout=subprocess.PIPE, text=True)
    if out.returncode != 0:
        die(f"make -n -C {directory} failed")
    return out.stdout.replace("\\\n", " ").splitlines()


def extension_entries():
    directory = os.path.join(ROOT, "extension")
    entries = []
    for line in make_lines(directory, ["all", "unit"]):
        try:
            args = shlex.split(line)
        except ValueError:
            continue
        if not args or not COMPILER.match(args[0]):
            continue
        sources = [a for a in args if SOURCE.search(a)]
        # One command may compile and link several sources (the unit tests):
        # each gets that command, compiling it alone.
        flags = []
        skip = False
        for a in args[1:]:
            if skip:
                skip = False
            elif a == "-o":
                skip = True
            elif a != "-c" and a not in sources and not a.startswith("-l"):
                flags.append(a)
        for src in sources:
            entries.append({"directory": directory,
                            "file": os.path.normpath(os.path.join(directory, src)),
                            "arguments": [args[0]] + flags + ["-c", src]})
    if not entries:
        die("make -n printed no compiler line for the extension")
    return entries


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--fuzz-build", default="fuzz/build")
    ap.add_argument("--output", default="compile_commands.json")
    opts = ap.parse_args()
    os.chdir(ROOT)
    fuzz_build = os.path.abspath(opts.fuzz_build)
    configure_fuzz(fuzz_build)

    merged, seen = [], set()
    counts = {}
    for name, entries in (("cmake", cmake_entries(os.path.abspath(opts.build))),
                          ("extension", extension_entries()),
                          ("fuzz", cmake_entries(fuzz_build))):
        counts[name] = 0
        for e in entries:
            path = os.path.realpath(os.path.join(e["directory"], e["file"]))
            if path in seen:
                continue
            seen.add(path)
            merged.append(e)
            counts[name] += 1
    with open(opts.output + ".tmp", "w") as f:
        json.dump(merged, f, indent=1)
    os.replace(opts.output + ".tmp", opts.output)
    print(f"compile-commands: {opts.output}: {len(merged)} files "
          f"({', '.join(f'{n} {c}' for n, c in counts.items())})")


if __name__ == "__main__":
    main()
