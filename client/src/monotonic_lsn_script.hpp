// The one Lua script that stores an LSN only if it is greater than the one
// already there (tokens and the floor). Lua numbers are doubles, exact only
// up to 2^53, so the script compares the high and low 32-bit halves
// separately, each exact. KEYS[1] = key, ARGV[1] = LSN text, ARGV[2] = TTL in
// ms (0: none). Returns the value the key holds afterwards. A key holding
// something that is not an LSN -- garbled text, or another type: GET through
// redis.pcall answers WRONGTYPE as a value -- is overwritten (it cannot be a
// valid token, and the key must not stay unsavable).
#pragma once

#include <string_view>

namespace lsnroute {

constexpr std::string_view kMonotonicLsnScript = R"lua(
local function halves(s)
  if type(s) ~= 'string' then return nil end
  local hi, lo = string.match(s, '^(%x+)/(%x+)$')
  if hi == nil or #hi > 8 or #lo > 8 then return nil end
  return tonumber(hi, 16), tonumber(lo, 16)
end
local nh, nl = halves(ARGV[1])
if nh == nil then return redis.error_reply('lsnroute: not an LSN: ' .. tostring(ARGV[1])) end
local cur = redis.pcall('GET', KEYS[1])
local ch, cl = halves(cur)
local result = ARGV[1]
if ch ~= nil and (ch > nh or (ch == nh and cl >= nl)) then
  result = cur
else
  redis.call('SET', KEYS[1], ARGV[1])
end
local ttl = tonumber(ARGV[2])
if ttl ~= nil and ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
return result
)lua";

}  // namespace lsnroute
