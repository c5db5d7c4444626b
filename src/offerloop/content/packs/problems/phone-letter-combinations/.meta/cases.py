from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # strings only, no float boundary


def _digits(rng, n):
    return "".join(str(int(d)) for d in rng.integers(2, 10, size=n))


def visible():
    return [
        case("23", name="two digits"),
        case("", name="no digits"),
    ]


def hidden(rng):
    cases = [
        case("2", name="one digit"),
        case("7", name="a four-letter key"),
        case("99", name="a repeated four-letter key"),
        case("22", name="a repeated key"),
        case("79", name="both four-letter keys"),
        case("5678", name="four digits"),
        case("234567", name="six digits"),
    ]
    for n in (1, 3, 4, 5, 6):
        cases.append(case(_digits(rng, n), name=f"random {n} digits"))
    return cases


def check_case(args, kwargs):
    (digits,) = args
    assert isinstance(digits, str) and len(digits) <= 6, "a string of at most 6 digits"
    assert all(c in "23456789" for c in digits), "digits are 2 to 9"


def check(args, kwargs, output, expected):
    if not isinstance(output, (list, tuple)) or not all(isinstance(w, str) for w in output):
        return False, "return a list of strings"
    got, want = sorted(output), sorted(expected)
    if got == want:
        return True, ""
    if len(set(got)) != len(got):
        return False, "a word appears twice"
    missing = sorted(set(want) - set(got))
    if missing:
        return False, f"missing {missing[0]!r} ({len(got)} words, expected {len(want)})"
    return False, f"{sorted(set(got) - set(want))[0]!r} cannot be spelled by {args[0]!r}"
