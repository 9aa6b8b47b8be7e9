#include "history_file.hpp"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace lsnroute::fault {

namespace {

const char *outcome_text(workload::Operation::Outcome o) {
    switch (o) {
        case workload::Operation::Outcome::ok:
            return "ok";
        case workload::Operation::Outcome::fail:
            return "fail";
        case workload::Operation::Outcome::token_not_saved:
            return "etoken";
    }
    return "?";
}

}  // namespace

HistoryFile::HistoryFile(const std::string &path, std::string process)
    : f_(std::fopen(path.c_str(), "a")), process_(std::move(process)) {
    if (!f_)
        throw std::runtime_error("history " + path + ": " + std::strerror(errno));
}

HistoryFile::~HistoryFile() {
    std::fclose(f_);
}

void HistoryFile::add(const workload::Operation &op) {
    std::lock_guard<std::mutex> g(mu_);
    std::fprintf(f_, "%s %c %lld %lld %lld %s %d %lld %lld %s %d %lld\n", process_.c_str(),
                 static_cast<char>(op.kind), static_cast<long long>(op.user),
                 static_cast<long long>(op.start_ns), static_cast<long long>(op.end_ns),
                 outcome_text(op.outcome), op.acknowledged ? 1 : 0,
                 static_cast<long long>(op.version), static_cast<long long>(op.own_version),
                 op.node.empty() ? "-" : op.node.c_str(), op.replica ? 1 : 0,
                 static_cast<long long>(op.request_start_ns));
}

void HistoryFile::flush() {
    std::lock_guard<std::mutex> g(mu_);
    std::fflush(f_);
}

}  // namespace lsnroute::fault
