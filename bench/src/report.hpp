// The three outputs of `make bench`: a Markdown report (also printed on
// stdout), the raw numbers as JSON, and the data file bench/report.gp plots.
#pragma once

#include <string>

#include "results.hpp"

namespace lsnroute::bench {

std::string report_markdown(const BenchResults &r);
std::string report_json(const BenchResults &r);
// One line per system: name, share of reads per node (primary first), stale
// reads over all runs. Columns are named in a header line for gnuplot.
std::string report_chart_data(const BenchResults &r);

}  // namespace lsnroute::bench
