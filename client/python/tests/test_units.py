"""The pure-Python parts: LSN text, the conninfo reader, the error mapping."""

import pytest

import lsnroute
from lsnroute import config, lsn
from lsnroute.errors import error_for


def test_lsn_round_trip_and_order():
    assert lsn.parse("0/16B3748") == 0x16B3748
    assert lsn.format(lsn.parse("1/0")) == "1/0"
    assert lsn.parse("FFFFFFFF/FFFFFFFF") == (1 << 64) - 1
    assert lsn.largest("0/10", None, "0/9", "") == "0/10"
    assert lsn.largest("1/0", "0/FFFFFFFF") == "1/0"  # compared as numbers, not text


@pytest.mark.parametrize("bad", ["", "16B3748", "0/", "/1", "x/1", "123456789/0", None])
def test_lsn_rejects_malformed(bad):
    assert lsn.parse(bad) is None


def test_conninfo_reads_quoted_values_and_the_pool_options():
    opts = config.parse_conninfo("redis=h:1 pg='user=app dbname=a\\'b'  pool_size = 3 blacklist_ms=50")
    assert opts["pg"] == "user=app dbname=a'b"
    assert config.int_option(opts, "pool_size", 8) == 3
    assert config.int_option(opts, "blacklist_ms", 1) == 50
    assert config.int_option(opts, "absent", 7) == 7


@pytest.mark.parametrize(
    "code,cls",
    [
        (-3, lsnroute.ConfigError),
        (-4, lsnroute.RedisError),
        (-5, lsnroute.PostgresError),
        (-6, lsnroute.NoPrimaryError),
        (-10, lsnroute.TokenNotSavedError),
        (-1, lsnroute.InvalidArgumentError),
        (-9, lsnroute.Error),
    ],
)
def test_each_code_has_its_error_class(code, cls):
    e = error_for(code, "doing x")
    assert type(e) is cls and isinstance(e, lsnroute.Error)
    assert e.code == code
    assert str(e).startswith("doing x: ")
