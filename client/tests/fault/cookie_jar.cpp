#include "cookie_jar.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <lsnroute/lsn.hpp>
#include <stdexcept>

namespace lsnroute::fault {

static_assert(std::atomic<uint64_t>::is_always_lock_free,
              "the cookie jar needs lock-free 64-bit atomics to be shared across processes");

CookieJar::CookieJar(const std::string &path, int64_t users)
    : bytes_(sizeof(std::atomic<uint64_t>) * static_cast<size_t>(users + 1)) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT, 0644);
    if (fd < 0)
        throw std::runtime_error("cookie jar " + path + ": " + std::strerror(errno));
    // Growing only: a second process must not cut what the first one mapped.
    struct stat st {};
    const bool ok = ::fstat(fd, &st) == 0 && (static_cast<size_t>(st.st_size) >= bytes_ ||
                                              ::ftruncate(fd, static_cast<off_t>(bytes_)) == 0);
    void *p = ok ? ::mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) : MAP_FAILED;
    const int err = errno;
    ::close(fd);
    if (p == MAP_FAILED)
        throw std::runtime_error("cookie jar " + path + ": " + std::strerror(err));
    // A zero-filled file is a jar of zero LSNs, which is what "no cookie" is.
    slots_ = static_cast<std::atomic<uint64_t> *>(p);
}

CookieJar::~CookieJar() {
    if (slots_)
        ::munmap(slots_, bytes_);
}

std::string CookieJar::get(int64_t user) const {
    const uint64_t v = slots_[user].load();
    return v == 0 ? "" : Lsn(v).str();
}

void CookieJar::raise(int64_t user, const std::string &token) {
    const std::optional<Lsn> lsn = Lsn::parse(token);
    if (!lsn)
        return;
    std::atomic<uint64_t> &slot = slots_[user];
    uint64_t cur = slot.load();
    while (cur < lsn->value() && !slot.compare_exchange_weak(cur, lsn->value())) {
    }
}

}  // namespace lsnroute::fault
