// The operator page of `lsnroute serve`: state as JSON, the page, /metrics.
// The page draws everything from the JSON in one place (its script), both at
// load (the state is embedded) and on each poll, so there is one renderer.
#include "operator_page.hpp"

#include <cstdio>

#include "config_source.hpp"
#include "json_text.hpp"

namespace lsnroute::cli {
namespace {

using workload::json_string;

std::string lsn_or_null(const std::optional<Lsn> &l) {
    return l ? json_string(l->str()) : "null";
}

// A label value in the Prometheus text format.
std::string prom_label(const std::string &v) {
    std::string o;
    for (char c : v) {
        if (c == '\\' || c == '"')
            o += '\\';
        if (c == '\n') {
            o += "\\n";
            continue;
        }
        o += c;
    }
    return o;
}

// Milliseconds as seconds, exactly ("1.934", not 1.9339999999999999).
std::string seconds(int64_t ms) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%lld.%03lld", ms < 0 ? "-" : "",
                  static_cast<long long>((ms < 0 ? -ms : ms) / 1000),
                  static_cast<long long>((ms < 0 ? -ms : ms) % 1000));
    return buf;
}

void prom_family(std::string &out, const char *name, const char *help) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " gauge\n";
}

}  // namespace

std::string state_json(Router &r, const LagHistory &history, int64_t now_ms) {
    const RegistryStatus st = r.status();
    std::string o = "{\"now_ms\":" + std::to_string(now_ms);
    o += ",\"floor\":" + lsn_or_null(st.floor);
    o += ",\"registry_age_ms\":" + std::to_string(st.age_ms);
    o += ",\"breaker\":" + json_string(st.breaker);
    o += std::string(",\"replicas_in_use\":") + (st.floor_guard_clear ? "true" : "false");
    o += ",\"nodes\":[";
    for (size_t i = 0; i < st.nodes.size(); ++i) {
        const NodeStatus &n = st.nodes[i];
        if (i)
            o += ',';
        o += "{\"name\":" + json_string(n.name) + ",\"role\":" + json_string(n.role) +
             ",\"paused\":" + (n.paused ? "true" : "false") +
             ",\"replay_lsn\":" + json_string(n.replay_lsn.str()) +
             ",\"lag_ms\":" + std::to_string(n.lag_ms) + ",\"age_ms\":" + std::to_string(n.age_ms) +
             ",\"seq\":" + std::to_string(n.seq) +
             ",\"blacklisted_until_ms\":" + std::to_string(n.blacklisted_until_ms) +
             ",\"eligibility\":" + json_string(n.role == "primary" ? "-" : n.eligibility) +
             // A registry dsn carries host and port only; a forged one may
             // carry more, and a password is never shown.
             ",\"dsn\":" + json_string(redact(n.dsn, n.dsn)) + "}";
    }
    o += "]";
    try {
        const auto entries = r.blacklisted();
        o += ",\"blacklist\":[";
        for (size_t i = 0; i < entries.size(); ++i)
            o += std::string(i ? "," : "") + "{\"node\":" + json_string(entries[i].first) +
                 ",\"until_ms\":" + std::to_string(entries[i].second) + "}";
        o += "],\"blacklist_error\":null";
    } catch (const std::exception &e) {
        o += ",\"blacklist\":null,\"blacklist_error\":" + json_string(e.what());
    }
    o += ",\"window_ms\":" + std::to_string(history.window_ms()) + ",\"history\":{";
    bool first = true;
    for (const auto &[node, series] : history.snapshot()) {
        o += std::string(first ? "" : ",") + json_string(node) + ":[";
        first = false;
        for (size_t i = 0; i < series.size(); ++i)
            o += std::string(i ? "," : "") + "[" + std::to_string(series[i].first) + "," +
                 std::to_string(series[i].second) + "]";
        o += "]";
    }
    o += "},\"metrics\":" + json_string(r.metrics()) + "}";
    return o;
}

std::string prometheus_text(Router &r) {
    std::string out = r.metrics();
    const RegistryStatus st = r.status();
    struct Family {
        const char *name, *help;
        std::string (*value)(const NodeStatus &);
    };
    static const Family kFamilies[] = {
        {"lsnroute_node_lag_seconds", "Replay lag a node published, by node and role.",
         [](const NodeStatus &n) { return seconds(n.lag_ms); }},
        {"lsnroute_node_replay_lsn_bytes", "Replay LSN a node published, as a byte position.",
         [](const NodeStatus &n) { return std::to_string(n.replay_lsn.value()); }},
        {"lsnroute_node_age_seconds", "Seconds since a node last published.",
         [](const NodeStatus &n) { return seconds(n.age_ms); }},
        {"lsnroute_node_eligible", "1 if a standby may serve a read without a token now.",
         [](const NodeStatus &n) { return std::string(n.eligibility == "eligible" ? "1" : "0"); }},
        {"lsnroute_node_blacklisted", "1 if the node is blacklisted.",
         [](const NodeStatus &n) { return std::string(n.blacklisted_until_ms ? "1" : "0"); }},
    };
    for (const Family &f : kFamilies) {
        prom_family(out, f.name, f.help);
        for (const NodeStatus &n : st.nodes)
            out += std::string(f.name) + "{node=\"" + prom_label(n.name) + "\",role=\"" +
                   prom_label(n.role) + "\"} " + f.value(n) + "\n";
    }
    prom_family(out, "lsnroute_floor_lsn_bytes", "The cluster's token floor (0: none).");
    out += "lsnroute_floor_lsn_bytes " + std::to_string(st.floor ? st.floor->value() : 0) + "\n";
    return out;
}

std::string page_html(const std::string &state, int poll_ms) {
    // Inside <script>, "</" would end the element: JSON allows "\u003c".
    std::string embedded;
    for (char c : state)
        embedded += c == '<' ? std::string("\\u003c") : std::string(1, c);
    return R"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>lsnroute operator page</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; margin: 0 0 .3em; }
h2 { font-size: 1.05em; margin: 1.4em 0 .4em; }
table { border-collapse: collapse; }
th, td { padding: .2em .7em; border-bottom: 1px solid #ddd; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.ineligible td.eligibility { color: #a40; }
#status.stale { color: #b00; font-weight: bold; }
pre { background: #f6f6f6; padding: .6em; max-height: 24em; overflow: auto; font-size: 12px; }
svg text { font: 11px system-ui, sans-serif; }
</style>
</head>
<body>
<h1>lsnroute operator page</h1>
<div id="status">loading</div>
<h2>Registry</h2>
<table id="registry"><thead><tr><th>node</th><th>role</th><th>replay LSN</th><th>lag ms</th>
<th>age ms</th><th>seq</th><th>eligibility</th><th>blacklisted</th><th>dsn</th></tr></thead>
<tbody></tbody></table>
<h2>Lag per node</h2>
<div id="lag-legend"></div>
<svg id="lag-chart" xmlns="http://www.w3.org/2000/svg" width="760" height="260" role="img"></svg>
<h2>Blacklist</h2>
<div id="blacklist"></div>
<h2>Floor</h2>
<div id="floor"></div>
<h2>Router metrics</h2>
<pre id="metrics"></pre>
<script>
"use strict";
const POLL_MS = )HTML" +
           std::to_string(poll_ms) +
           R"HTML(;
const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"];
const SVG = "http://www.w3.org/2000/svg";

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = String(text);
  return e;
}
function ago(ms, now) {
  return ms ? Math.max(0, Math.ceil((ms - now) / 1000)) + " s left" : "-";
}

function renderRegistry(s) {
  const body = document.querySelector("#registry tbody");
  body.replaceChildren();
  if (!s.nodes.length) {
    const td = el("td", "(no node in the registry)"); td.colSpan = 9;
    body.appendChild(el("tr")).appendChild(td);
  }
  for (const n of s.nodes) {
    const tr = el("tr", undefined, n.eligibility === "eligible" || n.role === "primary" ? "" : "ineligible");
    tr.dataset.node = n.name;
    tr.append(el("td", n.name, "name"), el("td", n.role + (n.paused ? " (paused)" : ""), "role"),
              el("td", n.replay_lsn, "lsn"), el("td", n.lag_ms, "num lag"),
              el("td", n.age_ms, "num age"), el("td", n.seq, "num"),
              el("td", n.eligibility, "eligibility"), el("td", ago(n.blacklisted_until_ms, s.now_ms)),
              el("td", n.dsn));
    body.appendChild(tr);
  }
}

function renderChart(s) {
  const chart = document.getElementById("lag-chart");
  const legend = document.getElementById("lag-legend");
  chart.replaceChildren();
  legend.replaceChildren();
  const W = 760, H = 260, L = 60, R = 10, T = 10, B = 30;
  const t0 = s.now_ms - s.window_ms;
  const names = Object.keys(s.history).filter(n => {
    const node = s.nodes.find(x => x.name === n);
    return !node || node.role !== "primary";
  });
  let max = 10;
  for (const n of names) for (const p of s.history[n]) max = Math.max(max, p[1]);
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  const top = Math.ceil(max / step) * step;
  const x = t => L + (W - L - R) * (t - t0) / s.window_ms;
  const y = v => T + (H - T - B) * (1 - v / top);
  for (let i = 0; i <= 4; i++) {
    const v = top * i / 4;
    chart.append(svg("line", {x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#ddd"}),
                 svg("text", {x: L - 6, y: y(v) + 4, "text-anchor": "end"}, Math.round(v) + " ms"));
  }
  const minutes = Math.round(s.window_ms / 60000);
  for (let m = 0; m <= minutes; m++) {
    const t = s.now_ms - m * 60000;
    chart.append(svg("text", {x: x(t), y: H - 10, "text-anchor": "middle"}, m ? "-" + m + " min" : "now"));
  }
  names.forEach((n, i) => {
    const color = COLORS[i % COLORS.length];
    const pts = s.history[n].map(p => x(p[0]).toFixed(1) + "," + y(p[1]).toFixed(1)).join(" ");
    chart.appendChild(svg("polyline", {points: pts, fill: "none", stroke: color, "stroke-width": 2,
                                       "data-node": n}));
    const last = s.history[n][s.history[n].length - 1];
    const item = el("span", n + ": " + (last ? last[1] : "?") + " ms", "legend-item");
    item.dataset.node = n;
    item.style.color = color;
    item.style.marginRight = "1.5em";
    legend.appendChild(item);
  });
  if (!names.length) legend.textContent = "(no standby yet)";
}

function render(s) {
  renderRegistry(s);
  renderChart(s);
  const bl = document.getElementById("blacklist");
  bl.replaceChildren();
  if (s.blacklist === null) bl.textContent = "cannot read the blacklist: " + s.blacklist_error;
  else if (!s.blacklist.length) bl.textContent = "(blacklist empty)";
  else {
    const ul = bl.appendChild(el("ul"));
    for (const b of s.blacklist) ul.appendChild(el("li", b.node + ": " + ago(b.until_ms, s.now_ms)));
  }
  document.getElementById("floor").textContent =
    "floor " + (s.floor || "(none)") + "; replicas " +
    (s.replicas_in_use ? "in use" : "off until the floor is raised") +
    "; Redis breaker " + s.breaker + "; registry age " +
    (s.registry_age_ms < 0 ? "(never refreshed)" : s.registry_age_ms + " ms");
  document.getElementById("metrics").textContent = s.metrics;
  const st = document.getElementById("status");
  st.className = "";
  st.textContent = "updated " + new Date(s.now_ms).toLocaleTimeString() + ", every " + POLL_MS + " ms";
}

async function poll() {
  try {
    const r = await fetch("/api/state", {cache: "no-store"});
    if (!r.ok) throw new Error("HTTP " + r.status);
    render(await r.json());
  } catch (e) {
    const st = document.getElementById("status");
    st.className = "stale";
    st.textContent = "not updating: " + e.message;
  }
  setTimeout(poll, POLL_MS);
}

render()HTML" +
           embedded +
           R"HTML();
setTimeout(poll, POLL_MS);
</script>
</body>
</html>
)HTML";
}

}  // namespace lsnroute::cli
