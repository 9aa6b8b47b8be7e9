// Runs the workload in the background of a fault test: the test thread waits
// for the live counters to reach a point, injects a fault, waits again...,
// then stops the run and gets its Summary.
#pragma once

#include <atomic>
#include <future>
#include <mutex>

#include "engine.hpp"
#include "topology_env.hpp"

namespace lsnroute::itest {

class BackgroundRun {
  public:
    BackgroundRun(workload::System &sys, workload::WorkloadOptions o) {
        o.stop = &stop_;
        o.progress_interval = std::chrono::milliseconds(20);
        o.on_progress = [this](const workload::Progress &p) {
            std::lock_guard<std::mutex> g(mu_);
            last_ = p;
        };
        result_ =
            std::async(std::launch::async, [&sys, o] { return workload::run_workload(sys, o); });
    }
    ~BackgroundRun() {
        stop_ = true;
        if (result_.valid())
            result_.wait();
    }

    workload::Progress progress() {
        std::lock_guard<std::mutex> g(mu_);
        return last_;
    }
    // Waits until `cond(progress)` holds; false if the run ended first or it
    // never did.
    bool wait_for(const std::function<bool(const workload::Progress &)> &cond) {
        return eventually([&] {
                   return cond(progress()) ||
                          result_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
               }) &&
               cond(progress());
    }
    workload::Summary finish() {
        stop_ = true;
        return result_.get();
    }

  private:
    std::atomic<bool> stop_{false};
    std::mutex mu_;
    workload::Progress last_;
    std::future<workload::Summary> result_;
};

}  // namespace lsnroute::itest
