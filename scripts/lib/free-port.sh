# Sourced by the topology scripts: one way to pick free loopback ports.
#
# Ports come from below the kernel's ephemeral range: a port inside it may be
# the local end of some outgoing connection, and a server's bind then fails
# even though nothing listens there. Redis Cluster also binds port+10000 (the
# cluster bus), so callers that need that headroom pass "bus".
declare -A LSNR_TAKEN_PORTS=()

# free_port_into VAR [bus]: sets VAR to a port nobody listens on (nor on
# port+10000 with "bus"), never one handed out before in this shell. Call it
# directly, not in $(...): a subshell would forget which ports it handed out.
free_port_into() {
    local -n _out=$1
    shift
    local low=15000 high p
    high=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    [[ "${1:-}" == bus ]] && high=$((high - 10000))
    ((high - low > 500)) || low=$((high - 4000))
    while :; do
        p=$((low + (RANDOM * 32768 + RANDOM) % (high - low)))
        [[ -n "${LSNR_TAKEN_PORTS[$p]:-}" ]] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
        if [[ "${1:-}" == bus ]]; then
            (exec 3<>"/dev/tcp/127.0.0.1/$((p + 10000))") 2>/dev/null && continue
            LSNR_TAKEN_PORTS[$((p + 10000))]=1
        fi
        LSNR_TAKEN_PORTS[$p]=1
        _out=$p
        return 0
    done
}
