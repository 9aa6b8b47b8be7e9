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
    local -n _fp_out=$1
    shift
    local _fp_low=15000 _fp_high _fp_p
    _fp_high=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    [[ "${1:-}" == bus ]] && _fp_high=$((_fp_high - 10000))
    ((_fp_high - _fp_low > 500)) || _fp_low=$((_fp_high - 4000))
    while :; do
        _fp_p=$((_fp_low + (RANDOM * 32768 + RANDOM) % (_fp_high - _fp_low)))
        [[ -n "${LSNR_TAKEN_PORTS[$_fp_p]:-}" ]] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$_fp_p") 2>/dev/null && continue
        if [[ "${1:-}" == bus ]]; then
            (exec 3<>"/dev/tcp/127.0.0.1/$((_fp_p + 10000))") 2>/dev/null && continue
            LSNR_TAKEN_PORTS[$((_fp_p + 10000))]=1
        fi
        LSNR_TAKEN_PORTS[$_fp_p]=1
        _fp_out=$_fp_p
        return 0
    done
}
