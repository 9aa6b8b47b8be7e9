#include "bounded_replies.hpp"

#include <cstdlib>
#include <cstring>

namespace lsnroute::redis_protocol {

namespace {

// The element count of the last refused header, per thread: the builder
// cannot reach the reader's error text (hiredis overwrites it with "Out of
// memory" when a builder returns NULL), so reply_error_text, called on the
// same thread right after the failed read, picks it up here.
thread_local long long refused_elements = -1;

// Links a new reply into its parent array, as hiredis' own builders do.
void attach(const redisReadTask *task, redisReply *r) {
    if (task->parent == nullptr)
        return;
    auto *parent = static_cast<redisReply *>(task->parent->obj);
    if (parent != nullptr && parent->type == REDIS_REPLY_ARRAY &&
        static_cast<size_t>(task->idx) < parent->elements)
        parent->element[task->idx] = r;
}

redisReply *new_reply(int type) {
    auto *r = static_cast<redisReply *>(std::calloc(1, sizeof(redisReply)));
    if (r != nullptr)
        r->type = type;
    return r;
}

void *create_string(const redisReadTask *task, char *str, size_t len) {
    redisReply *r = new_reply(task->type);
    if (r == nullptr)
        return nullptr;
    r->str = static_cast<char *>(std::malloc(len + 1));
    if (r->str == nullptr) {
        std::free(r);
        return nullptr;
    }
    std::memcpy(r->str, str, len);
    r->str[len] = '\0';
    r->len = len;
    attach(task, r);
    return r;
}

void *create_array(const redisReadTask *task, int elements) {
    // hiredis builds -1 as nil (createNil) and rejects other negatives and
    // counts above INT_MAX itself; a count above the bound stops here.
    if (elements > kMaxReplyElements) {
        refused_elements = elements;
        return nullptr;
    }
    if (elements < 0)
        return nullptr;
    redisReply *r = new_reply(REDIS_REPLY_ARRAY);
    if (r == nullptr)
        return nullptr;
    if (elements > 0) {
        r->element = static_cast<redisReply **>(std::calloc(elements, sizeof(redisReply *)));
        if (r->element == nullptr) {
            std::free(r);
            return nullptr;
        }
    }
    r->elements = static_cast<size_t>(elements);
    attach(task, r);
    return r;
}

void *create_integer(const redisReadTask *task, long long value) {
    redisReply *r = new_reply(REDIS_REPLY_INTEGER);
    if (r == nullptr)
        return nullptr;
    r->integer = value;
    attach(task, r);
    return r;
}

void *create_nil(const redisReadTask *task) {
    redisReply *r = new_reply(REDIS_REPLY_NIL);
    if (r == nullptr)
        return nullptr;
    attach(task, r);
    return r;
}

redisReplyObjectFunctions bounded_functions = {create_string, create_array, create_integer,
                                               create_nil, freeReplyObject};

}  // namespace

void limit_reply_sizes(redisReader *reader) noexcept {
    if (reader != nullptr)
        reader->fn = &bounded_functions;
}

std::string reply_error_text(int err, const char *errstr) {
    const long long refused = refused_elements;
    refused_elements = -1;
    if (err == REDIS_ERR_OOM && refused >= 0) {
        return "an array reply declares " + std::to_string(refused) + " elements, more than the " +
               std::to_string(kMaxReplyElements) + " accepted (is this a Redis server?)";
    }
    return errstr != nullptr ? std::string(errstr) : std::string();
}

}  // namespace lsnroute::redis_protocol
