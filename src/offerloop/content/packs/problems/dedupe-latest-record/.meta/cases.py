import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _c(emails, names, days, phones):
    return frame({"email": emails, "name": names,
                  "updated": pd.to_datetime([str(np.datetime64("2024-01-01") + int(d)) for d in days]),
                  "phone": pd.array(phones, dtype="str")})


def visible():
    return [case(_c(["ann@x.com", " Ann@X.com", "bo@y.org", "ANN@x.com "], ["Ann", "Ann Lee", "Bo", "A. Lee"],
                    [0, 60, 31, 60], ["555-1", "555-2", None, None]), name="case, spaces and a tie")]


def _variant(rng, email):
    e = email.upper() if rng.random() < 0.3 else email
    return (" " if rng.random() < 0.3 else "") + e + (" " if rng.random() < 0.3 else "")


def _random(rng, people, n):
    emails, names, days, phones = [], [], [], []
    for _ in range(n):
        p = int(rng.integers(people))
        emails.append(_variant(rng, f"user{p}@mail.com"))
        names.append(f"Name{int(rng.integers(100))}")
        days.append(int(rng.integers(0, 10)))  # few days: ties are common
        phones.append(None if rng.random() < 0.5 else f"555-{int(rng.integers(1000)):03d}")
    return _c(emails, names, days, phones)


def hidden(rng):
    return [
        case(_c(["a@b.c"], ["A"], [0], [None]), name="one row without a phone"),
        case(_c(["a@b.c", "a@b.c"], ["First", "Second"], [5, 5], ["1", "2"]), name="exact tie: the later row wins"),
        case(_c(["a@b.c", "a@b.c"], ["New", "Old"], [9, 1], [None, "7"]), name="the phone comes from an older row"),
        case(_c(["  Z@Q.IO", "z@q.io", "y@q.io"], ["Z1", "Z2", "Y"], [2, 1, 3], ["9", None, None]),
             name="upper case with spaces is newest"),
        case(_random(rng, 4, 12), name="random"),
        case(_random(rng, 2, 8), name="random, many duplicates"),
    ]


def check_case(args, kwargs):
    (contacts,) = args
    assert list(contacts.columns) == ["email", "name", "updated", "phone"], "four columns"
    assert not contacts[["email", "name", "updated"]].isna().any().any(), "only the phone may be missing"


# Labels copied and exact dates: nothing numeric to disagree on.
SWEEP_SEEDS = 10
