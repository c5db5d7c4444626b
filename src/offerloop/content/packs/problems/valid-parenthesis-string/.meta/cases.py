from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary


def _balanced(rng, n, star_rate):
    """A balanced string of about n characters, then some brackets hidden behind '*'."""
    out, depth = [], 0
    while len(out) < n or depth:
        if depth and (len(out) >= n or rng.random() < 0.5):
            out.append(")")
            depth -= 1
        else:
            out.append("(")
            depth += 1
    for i in range(len(out)):
        r = rng.random()
        if r < star_rate:
            out[i] = "*"
        elif r < star_rate * 1.3:
            out.insert(i, "*")   # a spare wildcard that can become nothing
    return "".join(out)


def _spoil(rng, s):
    """Make it unbalanceable: an extra ')' at the very front cannot be opened by anything."""
    return ")" + s if rng.random() < 0.5 else s + "("


def visible():
    return [
        case("(*)", name="star as nothing"),
        case("(*))", name="star as an opening bracket"),
        case("*(", name="open bracket at the end"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty"),
        case("*", name="one star"),
        case(")", name="one closing bracket"),
        case("(((***", name="stars close everything"),
        case("((((**", name="two stars short"),
        case("*)(", name="counts match, order does not"),
        case("(*()", name="star closes the outer bracket"),
        case("())*", name="too early a closing bracket"),
        case("((*)(*))((*", name="a left-over open"),
        case("*" * 50 + ")" * 50, name="all stars open"),
    ]
    for n in (10, 80, 1000):
        good = _balanced(rng, n, 0.2)
        cases.append(case(good, name=f"random balanced {n}"))
        cases.append(case(_spoil(rng, good), name=f"random spoiled {n}"))
    return cases


def scaling_input(n, rng):
    return case(_balanced(rng, n, 0.2))


def check_case(args, kwargs):
    (s,) = args
    assert isinstance(s, str) and len(s) <= 100_000, "at most 100000 characters"
    assert set(s) <= set("()*"), "only '(', ')' and '*'"
