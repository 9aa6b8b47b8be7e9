#!/usr/bin/python3
"""Validates a META.json against the PGXN Meta Spec v1.0.0 (no network).

    /usr/bin/python3 tests/packaging/pgxn_meta.py META.json [--root DIR]

Prints one line per violation and exits 1 if there is any, 0 otherwise.
With --root, files named in `provides` must exist under DIR.

The rules are those of https://pgxn.org/meta/spec.txt (version 1.0.0):
required keys and their types, SemVer versions, version ranges in prereqs,
the license vocabulary, terms and tags, and `x_` for custom keys.
"""
import json
import os
import re
import sys

# Spec section "license": the known license strings.
LICENSES = {
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd",
    "freebsd", "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1",
    "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5",
    "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source",
    "restricted", "unrestricted", "unknown",
}
REQUIRED = ("abstract", "license", "maintainer", "meta-spec", "name", "provides", "version")
OPTIONAL = ("description", "generated_by", "no_index", "prereqs", "release_status",
            "resources", "tags")
PHASES = ("configure", "build", "test", "runtime", "develop")
RELATIONS = ("requires", "recommends", "suggests", "conflicts")
RELEASE_STATUS = ("stable", "testing", "unstable")

SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$")
RANGE_ITEM = re.compile(r"^(?:(?:[=!]=|[<>]=?)\s*)?(\S+)$")
TERM = re.compile(r"^[^\s/\\:\x00-\x1f\x7f]{2,}$")
TAG = re.compile(r"^[^/\\\x00-\x1f\x7f]{1,255}$")


def is_custom(key):
    return key[:2] in ("x_", "X_")


class Checker:
    def __init__(self, root=None):
        self.errors = []
        self.root = root

    def err(self, where, what):
        self.errors.append(f"{where}: {what}")

    def string(self, where, value, nonempty=True):
        if not isinstance(value, str):
            self.err(where, f"must be a string, not {type(value).__name__}")
            return False
        if nonempty and not value.strip():
            self.err(where, "must not be empty")
            return False
        return True

    def semver(self, where, value):
        if self.string(where, value) and not SEMVER.match(value):
            self.err(where, f"'{value}' is not a SemVer version (e.g. 1.1.0)")

    def term(self, where, value):
        if self.string(where, value) and not TERM.match(value):
            self.err(where, f"'{value}' is not a term (2+ characters, no space, '/', '\\\\' or ':')")

    def version_range(self, where, value):
        # A number 0 (any version) or a string: a version, or comparisons
        # joined by commas.
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            self.err(where, "a version range must be a string or 0")
            return
        if isinstance(value, int):
            if value != 0:
                self.err(where, "the only numeric version range is 0")
            return
        for item in value.split(","):
            m = RANGE_ITEM.match(item.strip())
            if not m or (m.group(1) != "0" and not SEMVER.match(m.group(1))):
                self.err(where, f"'{item.strip()}' is not a version range item")

    def keys(self, where, obj, allowed):
        for key in obj:
            if key not in allowed and not is_custom(key):
                self.err(where, f"unknown key '{key}' (custom keys start with x_)")

    def check(self, meta):
        if not isinstance(meta, dict):
            self.err("META.json", "the top level must be an object")
            return self.errors
        for key in REQUIRED:
            if key not in meta:
                self.err("META.json", f"required key '{key}' is missing")
        self.keys("META.json", meta, REQUIRED + OPTIONAL)
        if "name" in meta:
            self.term("name", meta["name"])
        if "version" in meta:
            self.semver("version", meta["version"])
        if "abstract" in meta:
            self.string("abstract", meta["abstract"])
        if "description" in meta:
            self.string("description", meta["description"])
        if "generated_by" in meta:
            self.string("generated_by", meta["generated_by"])
        if "maintainer" in meta:
            self.maintainer(meta["maintainer"])
        if "license" in meta:
            self.license(meta["license"])
        if "meta-spec" in meta:
            self.meta_spec(meta["meta-spec"])
        if "provides" in meta:
            self.provides(meta["provides"])
        if "prereqs" in meta:
            self.prereqs(meta["prereqs"])
        if "release_status" in meta and meta["release_status"] not in RELEASE_STATUS:
            self.err("release_status", f"must be one of {', '.join(RELEASE_STATUS)}")
        if "tags" in meta:
            self.tags(meta["tags"])
        if "no_index" in meta:
            self.no_index(meta["no_index"])
        if "resources" in meta:
            self.resources(meta["resources"])
        return self.errors

    def maintainer(self, value):
        items = value if isinstance(value, list) else [value]
        if not items:
            self.err("maintainer", "must name at least one maintainer")
        for i, item in enumerate(items):
            self.string(f"maintainer[{i}]", item)

    def license(self, value):
        if isinstance(value, str):
            if value not in LICENSES:
                self.err("license", f"'{value}' is not a PGXN license string")
        elif isinstance(value, list):
            if not value:
                self.err("license", "an empty list names no license")
            for item in value:
                if item not in LICENSES:
                    self.err("license", f"'{item}' is not a PGXN license string")
        elif isinstance(value, dict):
            if not value:
                self.err("license", "an empty object names no license")
            for name, url in value.items():
                self.string(f"license.{name}", url)
        else:
            self.err("license", "must be a string, a list of strings or an object")

    def meta_spec(self, value):
        if not isinstance(value, dict):
            self.err("meta-spec", "must be an object")
            return
        self.keys("meta-spec", value, ("version", "url"))
        if value.get("version") != "1.0.0":
            self.err("meta-spec.version", "must be \"1.0.0\" (this validator checks v1.0.0)")
        if "url" in value:
            self.string("meta-spec.url", value["url"])

    def provides(self, value):
        if not isinstance(value, dict) or not value:
            self.err("provides", "must be an object naming at least one extension")
            return
        for ext, spec in value.items():
            where = f"provides.{ext}"
            self.term(where, ext)
            if not isinstance(spec, dict):
                self.err(where, "must be an object")
                continue
            self.keys(where, spec, ("file", "version", "abstract", "docfile"))
            for key in ("file", "version"):
                if key not in spec:
                    self.err(where, f"required key '{key}' is missing")
            if "version" in spec:
                self.semver(f"{where}.version", spec["version"])
            for key in ("file", "docfile", "abstract"):
                if key in spec and self.string(f"{where}.{key}", spec[key]) and key != "abstract":
                    if self.root and not os.path.isfile(os.path.join(self.root, spec[key])):
                        self.err(f"{where}.{key}", f"'{spec[key]}' does not exist")

    def prereqs(self, value):
        if not isinstance(value, dict):
            self.err("prereqs", "must be an object")
            return
        for phase, rels in value.items():
            if phase not in PHASES and not is_custom(phase):
                self.err("prereqs", f"unknown phase '{phase}'")
            if not isinstance(rels, dict):
                self.err(f"prereqs.{phase}", "must be an object")
                continue
            for rel, deps in rels.items():
                where = f"prereqs.{phase}.{rel}"
                if rel not in RELATIONS and not is_custom(rel):
                    self.err(f"prereqs.{phase}", f"unknown relationship '{rel}'")
                if not isinstance(deps, dict):
                    self.err(where, "must be an object of name: version range")
                    continue
                for name, rng in deps.items():
                    self.term(f"{where}.{name}", name)
                    self.version_range(f"{where}.{name}", rng)

    def tags(self, value):
        if not isinstance(value, list) or not value:
            self.err("tags", "must be a non-empty list")
            return
        for i, tag in enumerate(value):
            if self.string(f"tags[{i}]", tag) and not TAG.match(tag):
                self.err(f"tags[{i}]", f"'{tag}' is not a tag (1-255 characters, no '/' or '\\\\')")

    def no_index(self, value):
        if not isinstance(value, dict):
            self.err("no_index", "must be an object")
            return
        self.keys("no_index", value, ("file", "directory"))
        for key, items in value.items():
            items = items if isinstance(items, list) else [items]
            for i, item in enumerate(items):
                self.string(f"no_index.{key}[{i}]", item)

    def resources(self, value):
        if not isinstance(value, dict):
            self.err("resources", "must be an object")
            return
        self.keys("resources", value, ("homepage", "bugtracker", "repository"))
        if "homepage" in value:
            self.string("resources.homepage", value["homepage"])
        for key, allowed in (("bugtracker", ("web", "mailto")), ("repository", ("url", "web", "type"))):
            if key in value:
                if not isinstance(value[key], dict):
                    self.err(f"resources.{key}", "must be an object")
                    continue
                self.keys(f"resources.{key}", value[key], allowed)
                for sub, text in value[key].items():
                    self.string(f"resources.{key}.{sub}", text)


def validate(meta, root=None):
    """Returns the list of violations of the spec (empty: valid)."""
    return Checker(root).check(meta)


def main(argv):
    args = argv[1:]
    root = None
    if "--root" in args:
        i = args.index("--root")
        root = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        with open(args[0], encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{args[0]}: {e}")
        return 1
    errors = validate(meta, root)
    for e in errors:
        print(f"{args[0]}: {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
