#!/usr/bin/python3
"""META.json is valid PGXN metadata (spec v1.0.0) and agrees with the tree.

    /usr/bin/python3 -m unittest tests/packaging/test_meta.py
"""
import copy
import json
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import pgxn_meta  # noqa: E402


def load_meta():
    with open(os.path.join(ROOT, "META.json"), encoding="utf-8") as f:
        return json.load(f)


class RepositoryMeta(unittest.TestCase):
    def test_meta_json_is_valid(self):
        self.assertEqual(pgxn_meta.validate(load_meta(), ROOT), [])

    def test_versions_agree(self):
        meta = load_meta()
        with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
            cmake_version = re.search(r"project\(pg_lsnroute VERSION (\S+)", f.read()).group(1)
        self.assertEqual(meta["version"], cmake_version)
        for name, spec in meta["provides"].items():
            self.assertEqual(spec["version"], meta["version"], name)

    def test_license_file_matches(self):
        self.assertEqual(load_meta()["license"], "postgresql")
        with open(os.path.join(ROOT, "LICENSE"), encoding="utf-8") as f:
            text = f.read()
        self.assertTrue(text.startswith("PostgreSQL License"))
        self.assertIn("pg_lsnroute developers", text)
        self.assertIn('"AS IS" BASIS', text)

    def test_provided_file_is_the_default_version_script(self):
        # provides names the install script of the control file's default_version.
        with open(os.path.join(ROOT, "extension", "lsnroute.control"), encoding="utf-8") as f:
            default = re.search(r"^default_version\s*=\s*'([^']+)'", f.read(), re.M).group(1)
        spec = load_meta()["provides"]["lsnroute"]
        self.assertEqual(spec["file"], f"sql/lsnroute--{default}.sql")
        self.assertTrue(spec["version"].startswith(default + "."), (spec["version"], default))


class ValidatorRejects(unittest.TestCase):
    """Each broken variant of the real META.json must be refused."""

    def assertRejected(self, mutate, fragment):
        meta = copy.deepcopy(load_meta())
        mutate(meta)
        errors = pgxn_meta.validate(meta, ROOT)
        self.assertTrue(any(fragment in e for e in errors), f"{fragment!r} not in {errors}")

    def test_missing_required_keys(self):
        for key in pgxn_meta.REQUIRED:
            with self.subTest(key=key):
                self.assertRejected(lambda m: m.pop(key), f"'{key}' is missing")

    def test_bad_versions(self):
        for bad in ("1.1", "v1.1.0", "01.1.0", 110, "1.1.0.0"):
            with self.subTest(version=bad):
                self.assertRejected(lambda m: m.__setitem__("version", bad), "version")
        self.assertRejected(lambda m: m["provides"]["lsnroute"].__setitem__("version", "1.1"),
                            "provides.lsnroute.version")

    def test_bad_license(self):
        self.assertRejected(lambda m: m.__setitem__("license", "PostgreSQL"), "license")
        self.assertRejected(lambda m: m.__setitem__("license", ["postgresql", "beerware"]),
                            "'beerware'")
        self.assertRejected(lambda m: m.__setitem__("license", 7), "license")

    def test_bad_provides(self):
        self.assertRejected(lambda m: m["provides"]["lsnroute"].pop("file"), "'file' is missing")
        self.assertRejected(lambda m: m["provides"]["lsnroute"].__setitem__("file", "sql/none.sql"),
                            "does not exist")
        self.assertRejected(lambda m: m.__setitem__("provides", {}), "provides")
        self.assertRejected(lambda m: m["provides"].__setitem__("bad name", {"file": "README.md",
                                                                             "version": "1.0.0"}),
                            "is not a term")

    def test_bad_prereqs(self):
        req = lambda m: m["prereqs"]["runtime"]["requires"]  # noqa: E731
        self.assertRejected(lambda m: req(m).__setitem__("PostgreSQL", "15"), "version range")
        self.assertRejected(lambda m: req(m).__setitem__("PostgreSQL", ">= 15.0.0, <"), "range")
        self.assertRejected(lambda m: req(m).__setitem__("PostgreSQL", 15), "0")
        self.assertRejected(lambda m: m["prereqs"].__setitem__("deploy", {}), "unknown phase")
        self.assertRejected(lambda m: m["prereqs"]["runtime"].__setitem__("needs", {}),
                            "unknown relationship")

    def test_good_ranges_pass(self):
        meta = load_meta()
        meta["prereqs"]["runtime"]["requires"]["PostgreSQL"] = ">= 15.0.0, < 18.0.0"
        meta["prereqs"]["runtime"]["recommends"] = {"plpgsql": 0}
        self.assertEqual(pgxn_meta.validate(meta, ROOT), [])

    def test_bad_meta_spec_and_custom_keys(self):
        self.assertRejected(lambda m: m["meta-spec"].__setitem__("version", "2.0.0"), "meta-spec")
        self.assertRejected(lambda m: m.__setitem__("homepage", "x"), "unknown key 'homepage'")
        meta = load_meta()
        meta["x_pg_lsnroute"] = {"anything": True}
        self.assertEqual(pgxn_meta.validate(meta, ROOT), [])

    def test_bad_tags_and_maintainer(self):
        self.assertRejected(lambda m: m.__setitem__("tags", "redis"), "tags")
        self.assertRejected(lambda m: m["tags"].append("a/b"), "is not a tag")
        self.assertRejected(lambda m: m.__setitem__("maintainer", []), "maintainer")
        self.assertRejected(lambda m: m.__setitem__("name", "l"), "is not a term")


if __name__ == "__main__":
    unittest.main()
