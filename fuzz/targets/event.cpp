switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
/ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
/ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
T switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
h switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
v switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
c switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
h switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
m switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
g switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
(    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
c    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
l    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
i    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
/    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
c    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
/    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
g    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
i    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
y    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
_    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
y    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
.    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
c    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
p    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
p    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
,    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
     switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
p    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
a    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
_    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }

    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
/    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
/    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
     switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
     switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
c    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
m    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
m    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
/    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
g    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
i    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
y    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
_    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
c    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
h    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
m    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
a    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
.    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
h    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
p    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
p    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
    }
'    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
f switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
d switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
= switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
v switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
u switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
p switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
)    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
d switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
p switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
p switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
c switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
/ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
/ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
y switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
f switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
h switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
g switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
y switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
.switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
#switch (lsnroute::apply_event(e, ev)) {
case lsnroute::EventEffect::Applied:
    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    l switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    u switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    < switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    f switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    > switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
#switch (lsnroute::apply_event(e, ev)) {
case lsnroute::EventEffect::Applied:
    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    l switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    u switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    < switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    > switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
#switch (lsnroute::apply_event(e, ev)) {
case lsnroute::EventEffect::Applied:
    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    l switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    u switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    < switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    g switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    _ switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    v switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    w switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    > switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
#switch (lsnroute::apply_event(e, ev)) {
case lsnroute::EventEffect::Applied:
    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    l switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    u switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    "    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied
        : FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    h switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    k switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    .switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    h switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    p switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    p switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    "    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied
        : FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
#switch (lsnroute::apply_event(e, ev)) {
case lsnroute::EventEffect::Applied:
    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    l switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    u switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    "    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied
        : FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    g switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    y switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    _ switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    y switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    .switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    h switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    p switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    p switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    "    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied
        : FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
#switch (lsnroute::apply_event(e, ev)) {
case lsnroute::EventEffect::Applied:
    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    l switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    u switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    d switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    "    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied
        : FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    g switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    y switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    _ switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    h switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    m switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    a switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    .switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    h switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    p switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    p switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    "    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied
        : FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    x switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    "    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied
        : FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    C switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    "    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied
        : FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
    break;
case lsnroute::EventEffect::Stale:
    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
    break;
case lsnroute::EventEffect::Reread:
    FUZZ_CHECK(e.superseded &&e.replay_lsn == before.replay_lsn);
    break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    L switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    L switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    V switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    M switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    F switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    u switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    z switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    z switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    T switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    O switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    I switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    p switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    u switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    (
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } c switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } o switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } n switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } s switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } t switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } u switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } i switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } n switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } t switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } 8 switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } _ switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } t switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } *
            switch (lsnroute::apply_event(e, ev)) {
                case lsnroute::EventEffect::Applied:
                    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                    break;
                case lsnroute::EventEffect::Stale:
                    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                    break;
                case lsnroute::EventEffect::Reread:
                    FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                    break;
            } d switch (lsnroute::apply_event(e, ev)) {
                case lsnroute::EventEffect::Applied:
                    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                    break;
                case lsnroute::EventEffect::Stale:
                    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                    break;
                case lsnroute::EventEffect::Reread:
                    FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                    break;
            } a switch (lsnroute::apply_event(e, ev)) {
                case lsnroute::EventEffect::Applied:
                    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                    break;
                case lsnroute::EventEffect::Stale:
                    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                    break;
                case lsnroute::EventEffect::Reread:
                    FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                    break;
            } t switch (lsnroute::apply_event(e, ev)) {
                case lsnroute::EventEffect::Applied:
                    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                    break;
                case lsnroute::EventEffect::Stale:
                    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                    break;
                case lsnroute::EventEffect::Reread:
                    FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                    break;
            } a switch (lsnroute::apply_event(e, ev)) {
                case lsnroute::EventEffect::Applied:
                    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                    break;
                case lsnroute::EventEffect::Stale:
                    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                    break;
                case lsnroute::EventEffect::Reread:
                    FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                    break;
            },
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } s switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } i switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } z switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } e switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } _ switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } t switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } s switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } i switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } z switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } e switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }) switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    {
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }

        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        c switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        o switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        n switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        s switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        t switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        s switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        t switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
        d switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
g switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
_ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
v switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
w switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
m switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
g switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
(
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } p switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } _ switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } a switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }<switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } o switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } n switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } t switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } c switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } h switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } a switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } r switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } *
      switch (lsnroute::apply_event(e, ev)) {
          case lsnroute::EventEffect::Applied:
              FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
              break;
          case lsnroute::EventEffect::Stale:
              FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
              break;
          case lsnroute::EventEffect::Reread:
              FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
              break;
      }> switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }(
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } d switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } a switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } t switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } a switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }) switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    },
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } i switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } z switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } e switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }) switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
c switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
u switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
E switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
v switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
v switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
= switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
u switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
p switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
_ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
v switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
(
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } m switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } s switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    } g switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }) switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
f switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
(    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
.    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
k    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
i    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
d    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
     switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
!    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
=    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
     switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
l    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
u    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
E    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
K    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
i    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
d    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
N    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
d    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
)    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
u switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
F switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
U switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
Z switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
Z switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
_ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
C switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
H switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
E switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
C switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
K switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
(    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
l    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
u    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
c    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
h    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
m    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
a    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
a    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
l    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
i    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
d    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
_    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
d    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
_    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
a    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
m    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
(    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
.    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
d    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
)    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
     switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
&    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
&    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
     switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
.    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
l    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
a    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
g    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
_    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
m    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
     switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
>    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
=    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
     switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
0    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
)    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
u switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
N switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
d switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
E switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
y switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
.switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
m switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
= switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
v switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
.switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
d switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
.switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
q switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
= switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
7 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
.switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
p switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
u switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
b switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
h switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
d switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
_ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
a switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
_ switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
m switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
= switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
1 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
7 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
c switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
u switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
:    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
N switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
d switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
E switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
y switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
b switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
f switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
o switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
= switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
i switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
f switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
(    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
l    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
s    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
r    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
o    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
u    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
:    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
a    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
p    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
p    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
l    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
y    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
_    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
n    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
t    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
(    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
,    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
     switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
e    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
v    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
)    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
)    switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
{
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    F switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    U switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    Z switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    Z switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    _ switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    C switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    H switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    E switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    C switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    K switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    (
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } e switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }.switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } r switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } e switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } p switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } l switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } a switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } y switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } _ switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } l switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } s switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } n switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } =
            switch (lsnroute::apply_event(e, ev)) {
                case lsnroute::EventEffect::Applied:
                    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                    break;
                case lsnroute::EventEffect::Stale:
                    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                    break;
                case lsnroute::EventEffect::Reread:
                    FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                    break;
            } =
                switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } v switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                }.switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } r switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } p switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } l switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } a switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } y switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } _ switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } l switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } s switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } n switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } &
                switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } &
                switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                }.switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } s switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } q switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } =
                    switch (lsnroute::apply_event(e, ev)) {
                        case lsnroute::EventEffect::Applied:
                            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                            break;
                        case lsnroute::EventEffect::Stale:
                            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                            break;
                        case lsnroute::EventEffect::Reread:
                            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                            break;
                    } =
                        switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } e switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } v switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        }.switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } s switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } e switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } q switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        }) switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    };
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
l switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
s switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
{
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    F switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    U switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    Z switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    Z switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    _ switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    C switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    H switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    E switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    C switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    K switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    (
        switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } e switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        }.switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } r switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } e switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } p switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } l switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } a switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } y switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } _ switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } l switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } s switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } n switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } switch (lsnroute::apply_event(e, ev)) {
            case lsnroute::EventEffect::Applied:
                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                break;
            case lsnroute::EventEffect::Stale:
                FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                break;
            case lsnroute::EventEffect::Reread:
                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                break;
        } =
            switch (lsnroute::apply_event(e, ev)) {
                case lsnroute::EventEffect::Applied:
                    FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                    break;
                case lsnroute::EventEffect::Stale:
                    FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                    break;
                case lsnroute::EventEffect::Reread:
                    FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                    break;
            } =
                switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } b switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } f switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } o switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } r switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                }.switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } r switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } p switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } l switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } a switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } y switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } _ switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } l switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } s switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } n switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } &
                switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } &
                switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                }.switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } s switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } e switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } q switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } switch (lsnroute::apply_event(e, ev)) {
                    case lsnroute::EventEffect::Applied:
                        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                        break;
                    case lsnroute::EventEffect::Stale:
                        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                        break;
                    case lsnroute::EventEffect::Reread:
                        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                        break;
                } =
                    switch (lsnroute::apply_event(e, ev)) {
                        case lsnroute::EventEffect::Applied:
                            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                            break;
                        case lsnroute::EventEffect::Stale:
                            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
                            break;
                        case lsnroute::EventEffect::Reread:
                            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                            break;
                    } =
                        switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } b switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } e switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } f switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } o switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } r switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } e switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        }.switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } s switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } e switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        } q switch (lsnroute::apply_event(e, ev)) {
                            case lsnroute::EventEffect::Applied:
                                FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
                                break;
                            case lsnroute::EventEffect::Stale:
                                FUZZ_CHECK(e.replay_lsn == before.replay_lsn &&
                                           e.seq == before.seq);
                                break;
                            case lsnroute::EventEffect::Reread:
                                FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
                                break;
                        }) switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    };
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
e switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
t switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
u switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
r switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
n switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
0 switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
};
switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}

switch (lsnroute::apply_event(e, ev)) {
    case lsnroute::EventEffect::Applied:
        FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
        break;
    case lsnroute::EventEffect::Stale:
        FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
        break;
    case lsnroute::EventEffect::Reread:
        FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
        break;
}
    }
    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }

    switch (lsnroute::apply_event(e, ev)) {
        case lsnroute::EventEffect::Applied:
            FUZZ_CHECK(e.replay_lsn == ev.replay_lsn && e.seq == ev.seq);
            break;
        case lsnroute::EventEffect::Stale:
            FUZZ_CHECK(e.replay_lsn == before.replay_lsn && e.seq == before.seq);
            break;
        case lsnroute::EventEffect::Reread:
            FUZZ_CHECK(e.superseded && e.replay_lsn == before.replay_lsn);
            break;
    }
