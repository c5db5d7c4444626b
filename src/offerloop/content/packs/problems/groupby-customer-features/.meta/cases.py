from offerloop.judge.cases import case


def visible():
    return [
        case(["ann", "bob", "ann"], [10.0, 5.0, 30.0], name="two customers"),
        case(["z"], [4.0], name="one transaction"),
    ]


def hidden(rng):
    cases = [
        case(["b", "a"], [3.0, 7.0], name="keys not in sorted order"),
        case(["c", "c", "c"], [2.0, 2.0, 2.0], name="one customer, equal amounts"),
        case(["r", "r", "s"], [5.0, -5.0, 1.0], name="a customer total of zero"),
        case(["u", "v", "u"], [1e12, 1.0, 3e12], name="large amounts"),
    ]
    names = ["zoe", "yan", "xia", "wil", "val"]
    for i in range(4):
        n = int(rng.integers(5, 25))
        ids = [names[int(k)] for k in rng.integers(0, 5, size=n)]
        amounts = [float(round(x, 2)) for x in rng.uniform(1, 100, size=n)]
        cases.append(case(ids, amounts, name=f"random {n} transactions"))
    return cases
