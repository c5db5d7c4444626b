from offerloop.judge.cases import case


def _digits(rng, n, alphabet="0123456789", p=None):
    return "".join(rng.choice(list(alphabet), size=n, p=p))


def visible():
    return [
        case("12", name="two ways"),
        case("226", name="three ways"),
        case("06", name="leading zero"),
    ]


def hidden(rng):
    cases = [
        case("0", name="a lone zero"),
        case("7", name="one digit"),
        case("10", name="ten is forced"),
        case("27", name="27 is not a letter"),
        case("100", name="double zero"),
        case("2101", name="zeros force pairs"),
        case("1201234", name="mixed"),
        case("30", name="thirty"),
        case("1" * 60, name="sixty ones (use the modulo)"),
        case("26" * 30, name="repeated 26"),
    ]
    weights = [0.05] + [0.35, 0.35] + [0.25 / 7] * 7
    for n in (10, 40, 200):
        cases.append(case(_digits(rng, n, p=weights), name=f"random {n} digits"))
    return cases


def scaling_input(n, rng):
    return case(_digits(rng, n, "1234", None))


def check_case(args, kwargs):
    """The prompt's promise: s is a non-empty string of the digits 0-9."""
    (s,) = args
    assert isinstance(s, str) and len(s) >= 1, "s is a non-empty string"
    assert set(s) <= set("0123456789"), "s holds only the digits 0-9"
