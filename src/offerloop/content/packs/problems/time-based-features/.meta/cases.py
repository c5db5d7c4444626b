from datetime import datetime, timedelta

from offerloop.judge.cases import case


def visible():
    return [
        case(["2024-03-11T09:00:00", "2024-03-09T22:30:00", "2024-03-10T10:00:00"], name="unsorted events"),
        case(["2023-12-31T23:59:00", "2024-01-01T00:01:00"], name="across a year boundary"),
    ]


def hidden(rng):
    cases = [
        case(["2024-06-15T12:00:00"], name="a single event"),
        case(["2024-02-28T10:00:00", "2024-02-28T10:00:00", "2024-02-27T10:00:00"], name="duplicate timestamps"),
        case(["2024-02-29T06:15:00", "2024-03-01T06:15:00"], name="a leap day"),
        case(["2024-07-07T00:00:00", "2024-07-06T23:00:00", "2024-07-08T00:00:00"], name="Sunday midnight and Saturday night"),
    ]
    start = datetime(2024, 1, 1)
    for i in range(4):
        n = int(rng.integers(4, 15))
        offsets = rng.integers(0, 60 * 24 * 120, size=n)
        ts = [(start + timedelta(minutes=int(m))).isoformat() for m in offsets]
        cases.append(case(ts, name=f"random {n} events"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: ISO 8601 timestamps without a time zone."""
    (timestamps,) = args
    for t in timestamps:
        assert type(t) is str and datetime.fromisoformat(t).tzinfo is None, f"{t!r} is a naive ISO 8601 time"
