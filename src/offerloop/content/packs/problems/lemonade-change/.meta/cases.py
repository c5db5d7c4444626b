from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _stream(rng, n):
    """A stream every customer of which can be served (the generator keeps the till in mind)."""
    out, fives, tens = [], 0, 0
    for _ in range(n):
        options = [5]
        if fives:
            options.append(10)
        if (tens and fives) or fives >= 3:
            options.append(20)
        b = options[int(rng.integers(0, len(options)))]
        out.append(b)
        if b == 5:
            fives += 1
        elif b == 10:
            fives, tens = fives - 1, tens + 1
        elif tens and fives:
            fives, tens = fives - 1, tens - 1
        else:
            fives -= 3
    return out


def visible():
    return [
        case([5, 5, 5, 10, 20], name="all served"),
        case([5, 5, 10, 10, 20], name="two tens cannot make fifteen"),
        case([10], name="first customer pays ten"),
    ]


def hidden(rng):
    cases = [
        case([], name="no customers"),
        case([5], name="one five"),
        case([20], name="first customer pays twenty"),
        case([5, 10, 5, 20], name="ten then five for a twenty"),
        case([5, 5, 5, 20, 10], name="three fives for a twenty, then a ten"),
        case([5, 5, 5, 10, 20, 10], name="a ten must go first for the twenty"),
        case([5, 10, 20], name="one five short"),
        case([5, 5, 10, 20, 5, 5, 5, 5, 20, 5, 10, 5, 20], name="long and fine"),
    ]
    for n in (10, 60, 400):
        good = _stream(rng, n)
        cases.append(case(good, name=f"random servable {n}"))
        bad = list(good)
        bad.insert(int(rng.integers(0, len(bad) // 2 + 1)), 20)
        bad.insert(0, 10)
        cases.append(case(bad, name=f"random {n} with an early ten"))
    return cases


def scaling_input(n, rng):
    return case(_stream(rng, n))


def check_case(args, kwargs):
    (bills,) = args
    assert len(bills) <= 100_000, "at most 100000 customers"
    assert all(b in (5, 10, 20) and type(b) is int for b in bills), "bills are 5, 10 or 20"
