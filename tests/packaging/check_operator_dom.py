#!/usr/bin/python3
"""Checks the operator page's DOM as headless Chromium rendered it.

    check_operator_dom.py DOM.html LAGGING_NODE MIN_LAG_MS FRESH_NODE BLACKLISTED_NODE

The lagging replica's row and chart legend show a lag of at least MIN_LAG_MS,
more than the fresh replica's; its chart line has points; the blacklist lists
BLACKLISTED_NODE; the floor and the router's metrics are on the page.
"""
import re
import sys
from html.parser import HTMLParser


class Dom(HTMLParser):
    """Collects the text of elements by a few selectors used below."""

    def __init__(self):
        super().__init__()
        self.stack = []          # (tag, attrs) of open elements
        self.rows = {}           # node -> {cell class -> text}
        self.legend = {}         # node -> text
        self.polylines = {}      # node -> points
        self.by_id = {}          # id -> text
        self._cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "polyline" and "data-node" in a:
            self.polylines[a["data-node"]] = a.get("points", "")
        if tag in ("polyline", "line", "br", "meta"):
            return  # void or self-closed here
        self.stack.append((tag, a))
        if tag == "td":
            row = next((x for t, x in reversed(self.stack) if t == "tr" and "data-node" in x), None)
            self._cell = (row["data-node"], a.get("class", "")) if row else None

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag == "td":
            self._cell = None

    def handle_data(self, data):
        for t, a in self.stack:
            if "id" in a:
                self.by_id[a["id"]] = self.by_id.get(a["id"], "") + data
        if self._cell:
            node, cls = self._cell
            self.rows.setdefault(node, {})[cls] = self.rows.setdefault(node, {}).get(cls, "") + data
        if self.stack and self.stack[-1][0] == "span" and "data-node" in self.stack[-1][1]:
            node = self.stack[-1][1]["data-node"]
            self.legend[node] = self.legend.get(node, "") + data


def main(argv):
    path, lagging, min_lag, fresh, blacklisted = argv[1], argv[2], int(argv[3]), argv[4], argv[5]
    dom = Dom()
    with open(path, encoding="utf-8") as f:
        dom.feed(f.read())
    problems = []

    def need(cond, what):
        if not cond:
            problems.append(what)

    need(lagging in dom.rows, f"no registry row for {lagging}: rows {sorted(dom.rows)}")
    need(fresh in dom.rows, f"no registry row for {fresh}")
    need("primary" in dom.rows, "no registry row for the primary")
    if lagging in dom.rows and fresh in dom.rows:
        lag = int(dom.rows[lagging].get("num lag", "-1"))
        fresh_lag = int(dom.rows[fresh].get("num lag", "-1"))
        print(f"registry: {lagging} lag {lag} ms, {fresh} lag {fresh_lag} ms")
        need(lag >= min_lag, f"{lagging} shows lag {lag} ms, expected >= {min_lag}")
        need(0 <= fresh_lag < lag, f"{fresh} lag {fresh_lag} ms is not below {lagging}'s {lag}")
        need(dom.rows[lagging].get("role", "").startswith("standby"), f"{lagging} is not a standby")
    m = re.match(r"^(\S+): (\d+) ms$", dom.legend.get(lagging, ""))
    need(m and int(m.group(2)) >= min_lag, f"chart legend for {lagging}: {dom.legend.get(lagging)!r}")
    points = dom.polylines.get(lagging, "").split()
    print(f"chart: {lagging} line has {len(points)} points; legend {dom.legend}")
    need(len(points) >= 5, f"chart line of {lagging} has {len(points)} points")
    need("primary" not in dom.polylines, "the primary is charted (its lag is always 0)")
    need(blacklisted in dom.by_id.get("blacklist", ""),
         f"blacklist does not list {blacklisted}: {dom.by_id.get('blacklist')!r}")
    need(re.match(r"floor \S+; replicas in use", dom.by_id.get("floor", "")),
         f"floor line: {dom.by_id.get('floor')!r}")
    need("lsnroute_registry_refreshes_total" in dom.by_id.get("metrics", ""),
         "router metrics missing")
    need(dom.by_id.get("status", "").startswith("updated "), f"status: {dom.by_id.get('status')!r}")
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
