from offerloop.judge.cases import case


def _random(rng, n, p_open=0.5):
    return "".join("(" if rng.random() < p_open else ")" for _ in range(n))


def visible():
    return [
        case("(()", name="an unclosed opener"),
        case(")()())", name="a stray closer"),
        case("()(())", name="nested after a pair"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty"),
        case("(", name="one opener"),
        case(")", name="one closer"),
        case(")(", name="closed before opened"),
        case("()", name="one pair"),
        case("()()", name="two pairs side by side"),
        case("(()())", name="pairs inside a pair"),
        case("((())", name="one opener too many in front"),
        case("(()))())(", name="the break is in the middle"),
        case("()(()", name="a pair, then an unfinished group"),
        case(")()())()()(", name="the later run is longer"),
        case("((((((", name="only openers"),
    ]
    for n, p in ((30, 0.5), (400, 0.55), (800, 0.5)):
        cases.append(case(_random(rng, n, p), name=f"random {n} characters"))
    return cases


def scaling_input(n, rng):
    # Mostly balanced pairs, so runs are long and a check from every start goes far.
    return case("(" + "()" * (n // 2))


def check_case(args, kwargs):
    """The prompt's promise: s holds only the characters ( and ) (possibly empty)."""
    (s,) = args
    assert isinstance(s, str) and set(s) <= {"(", ")"}, "s is a string of ( and ) only"
