// The history of one router process: one line per request, read and write,
// appended by every worker thread, for history_check.py. Line format
// (space-separated; times in CLOCK_MONOTONIC ns, shared by all processes):
//
//   <proc> <op q|r|w> <user> <start_ns> <end_ns> <outcome ok|fail|etoken>
//   <acked 0|1> <version> <own_version> <node> <replica 0|1> <request_start_ns>
//
// version: read = the version seen, write = the version written;
// own_version: a read's own request's earlier write (-1 none);
// request_start_ns: when the read's request began (its token was taken). Fault events
// of the orchestrator use the same clock: "<proc> f <name> <t_ns> ...".
#pragma once

#include <cstdio>
#include <mutex>
#include <string>

#include "options.hpp"

namespace lsnroute::fault {

class HistoryFile {
  public:
    // Throws std::runtime_error when `path` cannot be opened for appending.
    HistoryFile(const std::string &path, std::string process);
    ~HistoryFile();
    HistoryFile(const HistoryFile &) = delete;
    HistoryFile &operator=(const HistoryFile &) = delete;

    void add(const workload::Operation &op);
    void flush();

  private:
    std::mutex mu_;
    std::FILE *f_;
    std::string process_;
};

}  // namespace lsnroute::fault
