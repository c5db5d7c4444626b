import math

from offerloop.judge.cases import case


def visible():
    events = [["u1", 10], ["u2", 5], ["u1", 3]]
    snapshots = [["u1", 2, 0.5], ["u1", 10, 0.9], ["u1", 7, 0.7], ["u2", 6, 1.0]]
    return [case(events, snapshots, name="three events")]


def hidden(rng):
    cases = [
        case([["a", 5]], [], name="no snapshots at all"),
        case([["a", 5]], [["a", 5, 1.0]], name="a snapshot at exactly the event time is excluded"),
        case([["a", 5]], [["b", 1, 2.0]], name="only another entity's snapshot"),
        case([["a", 9]], [["a", 3, 1.0], ["a", 3, 2.0]], name="two snapshots at the same time: the later listed wins"),
        case([["a", 100], ["a", 1]], [["a", 50, 5.0], ["a", 10, 1.0], ["a", 200, 9.0]], name="unsorted snapshots"),
    ]
    ents = ["u1", "u2", "u3"]
    for i in range(4):
        snaps = [[ents[int(rng.integers(3))], int(rng.integers(0, 50)), float(round(rng.normal(), 3))] for _ in range(int(rng.integers(3, 15)))]
        evs = [[ents[int(rng.integers(3))], int(rng.integers(0, 60))] for _ in range(int(rng.integers(3, 10)))]
        evs.append([snaps[0][0], snaps[0][1]])
        cases.append(case(evs, snaps, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: events are [str entity, int time]; snapshots are [str entity, int time, float value]."""
    events, snapshots = args
    for e in events:
        assert len(e) == 2 and type(e[0]) is str and type(e[1]) is int, f"event {e!r} is [entity, int time]"
    for s in snapshots:
        assert len(s) == 3 and type(s[0]) is str and type(s[1]) is int, f"snapshot {s!r} is [entity, int time, value]"
        assert type(s[2]) is float and math.isfinite(s[2]), f"snapshot {s!r} has a finite float value"
