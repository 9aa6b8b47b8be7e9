#include "registry_publisher.hpp"

#include "copy_bounded.hpp"
#include "lsn.hpp"
#include "pg.hpp"
#include "registry_schema.hpp"
#include "resp_command.hpp"
#include "shared_state.hpp"

#include <algorithm>
#include <cstring>

namespace lsnroute::ext {

namespace {

constexpr int64_t kMinBackoffMs = 10;
constexpr int64_t kMaxBackoffMs = 5000;
// The WAL receiver pings the primary after wal_receiver_timeout/2 of silence;
// allow its 100 ms nap and a slow round trip on top before calling it cut off.
constexpr int64_t kSilenceMarginMs = 1000;
// While Redis stays unreachable, say so in the log at most this often.
constexpr int64_t kStillDownLogMs = 60000;
// Bound on queued log lines (the worker drains them every loop).
constexpr size_t kMaxLogLines = 16;

std::string lsn_text(uint64_t v) {
    return Lsn(v).str();
}

}  // namespace

std::string_view lag_source_text(LagSource s) noexcept {
    switch (s) {
        case LagSource::receiver:
            return schema::kLagSourceReceiver;
        case LagSource::silence:
            return schema::kLagSourceSilence;
        case LagSource::unknown:
            break;
    }
    return schema::kLagSourceUnknown;
}

RegistryPublisher::RegistryPublisher(Settings settings, RedisConnection::AbortCheck abort_check,
                                     int64_t mono_ms)
    : settings_(std::move(settings)), abort_check_(abort_check), lag_(mono_ms) {
    SpinLockAcquire(&lsnr_shared->mutex);
    seq_ = lsnr_shared->status.seq;
    SpinLockRelease(&lsnr_shared->mutex);
    log("lsnroute publisher started: node \"" + settings_.node_name + "\" of cluster \"" +
        settings_.cluster + "\", Redis " + redis_target());
}

std::string RegistryPublisher::redis_target() const {
    if (!settings_.redis.sentinels.empty())
        return "master \"" + settings_.redis.master_name + "\" of Sentinels " +
               settings_.redis.sentinels;
    return settings_.redis.host + ":" + std::to_string(settings_.redis.port);
}

void RegistryPublisher::log(std::string msg) {
    if (log_.size() >= kMaxLogLines)
        log_.pop_front();
    log_.push_back(std::move(msg));
}

bool RegistryPublisher::take_log(std::string *out) {
    if (log_.empty())
        return false;
    *out = std::move(log_.front());
    log_.pop_front();
    return true;
}

void RegistryPublisher::reload(Settings settings) {
    const bool redis_changed = settings.redis != settings_.redis;
    const bool identity_changed =
        settings.cluster != settings_.cluster || settings.node_name != settings_.node_name;
    settings_ = std::move(settings);
    if (redis_changed || identity_changed) {
        drop_connection();
        redirect_.reset();
        sentinels_.reset();
        backoff_ms_ = 0;
        next_attempt_ms_ = 0;
        next_sentinel_check_ms_ = 0;
        log("lsnroute settings changed: node \"" + settings_.node_name + "\" of cluster \"" +
            settings_.cluster + "\", Redis " + redis_target());
    }
    if (identity_changed)
        seq_ = 0;         // a new key: continue from what Redis holds there
    policy_.republish();  // republish with the new settings now
}

void RegistryPublisher::fail(int64_t mono_ms, const std::string &error) {
    drop_connection();
    backoff_ms_ = backoff_ms_ == 0 ? kMinBackoffMs : std::min(kMaxBackoffMs, backoff_ms_ * 2);
    next_attempt_ms_ = mono_ms + backoff_ms_;
    lsnr_shared_note_failure(error.c_str(), true);
    failures_since_log_++;
    if (redis_up_) {
        redis_up_ = false;
        last_down_log_ms_ = mono_ms;
        failures_since_log_ = 0;
        log("lsnroute lost Redis: " + error + "; retrying with backoff up to " +
            std::to_string(kMaxBackoffMs) + " ms");
    } else if (last_down_log_ms_ == 0 || mono_ms - last_down_log_ms_ >= kStillDownLogMs) {
        last_down_log_ms_ = mono_ms;
        log(std::string(ever_connected_ ? "lsnroute still cannot reach Redis"
                                        : "lsnroute cannot reach Redis") +
            " (" + std::to_string(failures_since_log_) + " failed attempts): " + error);
        failures_since_log_ = 0;
    }
}

void RegistryPublisher::connected() {
    if (redis_up_)
        return;
    redis_up_ = true;
    log(std::string(ever_connected_ ? "lsnroute reconnected to Redis at "
                                    : "lsnroute connected to Redis at ") +
        conn_->endpoint().str() + "; publishing");
    ever_connected_ = true;
    last_down_log_ms_ = 0;
    failures_since_log_ = 0;
}

// Redis Cluster: every registry key shares one slot, so one MOVED tells us
// where all of them live now. Throws when the reply was a MOVED.
void RegistryPublisher::follow_moved(const std::string &error_text) {
    if (std::optional<Endpoint> to = parse_moved(error_text)) {
        redirect_ = to;
        throw RedisError("registry slot moved to " + to->str() + "; reconnecting");
    }
}

uint64_t RegistryPublisher::seq_from_redis() {
    Reply r =
        conn_->command({"HGET", schema::node_key(settings_.cluster, settings_.node_name), "seq"});
    if (r->type != REDIS_REPLY_STRING)
        return 0;
    return std::strtoull(r->str, nullptr, 10);
}

void RegistryPublisher::ensure_connected() {
    if (conn_)
        return;
    conn_.emplace(open_session(settings_.redis, abort_check_, redirect_));
    redirect_.reset();
    // Keep seq increasing across worker restarts and server restarts.
    if (seq_ == 0) {
        try {
            seq_ = seq_from_redis();
        } catch (const RedisReplyError &e) {
            follow_moved(e.what());
            throw;
        }
    }
}

// After SENTINEL FAILOVER the old master stays a writable master for seconds
// while clients already follow the Sentinels to the new one: our connection
// accepting writes proves nothing. Ask the Sentinels once per heartbeat and
// move when they name another server. No answer keeps what we have.
void RegistryPublisher::follow_sentinels(int64_t mono_ms) {
    if (settings_.redis.sentinels.empty() || !conn_ || mono_ms < next_sentinel_check_ms_)
        return;
    next_sentinel_check_ms_ = mono_ms + settings_.heartbeat_interval_ms;
    if (!sentinels_)
        sentinels_.emplace(settings_.redis, abort_check_);
    std::string error;
    const std::optional<Endpoint> master = sentinels_->master(&error);
    if (!master || *master == conn_->endpoint())
        return;
    log("lsnroute: the Sentinels name " + master->str() + " as master \"" +
        settings_.redis.master_name + "\" (was " + conn_->endpoint().str() + "); reconnecting");
    drop_connection();
    redis_up_ = false;  // the next connect logs where we publish now
    ever_connected_ = true;
    policy_.republish();  // publish on the new master now, not at the next change
    next_attempt_ms_ = 0;
}

void RegistryPublisher::drop_connection() {
    conn_.reset();
    pending_.reset();  // its replies are lost with the connection
}

void RegistryPublisher::finish_publish(int64_t mono_ms) {
    if (!pending_)
        return;
    try {
        confirm_publish();
        connected();
        backoff_ms_ = 0;
    } catch (const RedisError &e) {
        fail(mono_ms, e.what());
        if (redirect_)
            next_attempt_ms_ = mono_ms;  // a redirect is no outage: follow it now
    } catch (const std::exception &e) {
        fail(mono_ms, std::string("internal error: ") + e.what());
    }
}

void RegistryPublisher::tick(const NodeSnapshot &node) {
    // The previous publish's replies first: a publish is counted, and the
    // next one numbered, only once Redis has answered it.
    finish_publish(node.mono_ms);
    if (was_primary_ != !node.in_recovery) {
        lag_.reset(node.mono_ms);
        was_primary_ = !node.in_recovery;
    }
    int64_t lag_ms = 0;
    LagSource source = LagSource::unknown;
    if (node.in_recovery) {
        const int64_t silence_limit =
            wal_receiver_timeout > 0 ? wal_receiver_timeout / 2 + kSilenceMarginMs : 0;
        lag_ms = lag_.update({node.now_ms, node.mono_ms, node.replay_lsn, node.primary_wal_end,
                              node.receiver_streaming, node.last_heard_ms, silence_limit});
        source = lag_.source();
    }
    if (!settings_.enabled) {
        drop_connection();
        return;
    }
    try {
        follow_sentinels(node.mono_ms);
    } catch (const std::exception &) {
        // A bad Sentinel list: open_session reports it on the next connect.
    }
    if (!policy_.due(node, lag_ms, source, settings_.heartbeat_interval_ms))
        return;
    if (node.mono_ms < next_attempt_ms_)
        return;
    try {
        ensure_connected();
        publish(node, lag_ms, source);
    } catch (const RedisError &e) {
        fail(node.mono_ms, e.what());
        if (redirect_)
            next_attempt_ms_ = node.mono_ms;  // a redirect is no outage: follow it now
    } catch (const std::exception &e) {
        fail(node.mono_ms, std::string("internal error: ") + e.what());
    }
}

void RegistryPublisher::publish(const NodeSnapshot &n, int64_t lag_ms, LagSource source) {
    const std::string &c = settings_.cluster;
    const std::string &node = settings_.node_name;
    const std::string key = schema::node_key(c, node);
    const std::string role(n.in_recovery ? schema::kRoleStandby : schema::kRolePrimary);
    const std::string replay = lsn_text(n.replay_lsn);
    const std::string lag = std::to_string(lag_ms);
    const std::string now = std::to_string(n.now_ms);
    const std::string seq = std::to_string(seq_ + 1);
    const std::string system_id = std::to_string(n.system_id);
    const std::string started_at = std::to_string(n.started_at_ms);
    const std::string_view lag_src = n.in_recovery ? lag_source_text(source) : std::string_view();
    const std::string timeline = std::to_string(n.timeline);

    // Every publish carries every field and re-adds the node to the nodes
    // set. A FLUSHALL or an evicting Redis can drop the hash or the set at
    // any moment; a partial HSET would then re-create a hash without role or
    // version (unusable until the next full publish), and a set restored only
    // at heartbeats stays empty while WAL streams without pause, so readers
    // would find no nodes at all. One HSET carries the identity fields with
    // the LSNs, so a reader never pairs one start's LSNs with another start's
    // identity; PEXPIRE keeps any re-created hash from outliving node_ttl.
    //
    // The commands are written in RESP into resp_, a buffer reused from one
    // publish to the next: while WAL streams this runs every
    // streaming_interval, and per-argument strings plus hiredis' formatting
    // were a large share of the worker's CPU (see common/resp_command.hpp).
    std::string &out = resp_;
    out.clear();
    constexpr size_t kHsetFields = 16;
    resp::begin_command(out, 2 + 2 * kHsetFields);
    resp::append_arg(out, "HSET");
    resp::append_arg(out, key);
    auto field = [&out](std::string_view name, std::string_view value) {
        resp::append_arg(out, name);
        resp::append_arg(out, value);
    };
    field(schema::field::replay_lsn, replay);
    field(schema::field::receive_lsn, n.receive_lsn != 0 ? lsn_text(n.receive_lsn) : "");
    field(schema::field::flush_lsn, n.in_recovery ? "" : lsn_text(n.flush_lsn));
    field(schema::field::lag_ms, lag);
    field(schema::field::replay_ts_ms, n.replay_ts_ms != 0 ? std::to_string(n.replay_ts_ms) : "");
    field(schema::field::published_at_ms, now);
    field(schema::field::seq, seq);
    field(schema::field::system_id, system_id);
    field(schema::field::started_at_ms, started_at);
    field(schema::field::v, schema::kVersionText);
    field(schema::field::role, role);
    field(schema::field::dsn, settings_.node_dsn);
    field(schema::field::timeline, timeline);
    field(schema::field::lag_source, lag_src);
    field(schema::field::paused, n.paused ? "1" : "0");
    field(schema::field::pg_version, PG_VERSION);

    std::string &event = event_;
    event.clear();
    schema::append_event_pair(event, schema::field::v, schema::kVersionText);
    schema::append_event_pair(event, schema::field::node, node);
    schema::append_event_pair(event, schema::field::role, role);
    schema::append_event_pair(event, schema::field::replay_lsn, replay);
    schema::append_event_pair(event, schema::field::lag_ms, lag);
    schema::append_event_pair(event, schema::field::published_at_ms, now);
    schema::append_event_pair(event, schema::field::seq, seq);
    schema::append_event_pair(event, schema::field::timeline, timeline);
    schema::append_event_pair(event, schema::field::paused, n.paused ? "1" : "0");
    schema::append_event_pair(event, schema::field::system_id, system_id);
    schema::append_event_pair(event, schema::field::started_at_ms, started_at);
    if (!lag_src.empty())
        schema::append_event_pair(event, schema::field::lag_source, lag_src);

    resp::begin_command(out, 3);
    resp::append_arg(out, "PEXPIRE");
    resp::append_arg(out, key);
    resp::append_arg(out, settings_.node_ttl_ms);
    resp::append_command(out, {"SADD", schema::nodes_key(c), node});
    resp::append_command(out, {"PUBLISH", schema::events_channel(c), event});

    // Only written here: the replies are read by finish_publish(), at the
    // worker's next poll or at once (see there).
    conn_->send_encoded(out);
    pending_ = Pending{n, lag_ms, source};
}

void RegistryPublisher::confirm_publish() {
    const Pending p = *pending_;
    pending_.reset();
    constexpr size_t kCommands = 4;  // HSET, PEXPIRE, SADD, PUBLISH
    const std::vector<Reply> replies = conn_->read_replies(kCommands);
    for (const Reply &r : replies) {
        if (r->type != REDIS_REPLY_ERROR)
            continue;
        const std::string text(r->str, r->len);
        follow_moved(text);
        throw RedisError("publish failed: " + text);
    }

    const NodeSnapshot &n = p.node;
    const std::string &node = settings_.node_name;
    const std::string_view role = n.in_recovery ? schema::kRoleStandby : schema::kRolePrimary;
    const std::string_view lag_src = n.in_recovery ? lag_source_text(p.source) : std::string_view();
    const int64_t lag_ms = p.lag_ms;
    seq_++;
    policy_.published(n, lag_ms, p.source);
    SpinLockAcquire(&lsnr_shared->mutex);
    LsnrStatus &st = lsnr_shared->status;
    st.redis_connected = true;
    st.has_published = true;
    st.publishes++;
    st.seq = seq_;
    copy_bounded(st.node_name, sizeof st.node_name, node);
    copy_bounded(st.role, sizeof st.role, role);
    copy_bounded(st.lag_source, sizeof st.lag_source, lag_src);
    st.replay_lsn = n.replay_lsn;
    st.receive_lsn = n.receive_lsn;
    st.flush_lsn = n.in_recovery ? InvalidXLogRecPtr : n.flush_lsn;
    st.lag_ms = lag_ms;
    st.published_at = unix_ms_to_timestamptz(n.now_ms);
    SpinLockRelease(&lsnr_shared->mutex);
}

}  // namespace lsnroute::ext
