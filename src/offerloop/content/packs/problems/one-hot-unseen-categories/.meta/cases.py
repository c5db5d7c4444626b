from offerloop.judge.cases import case


def visible():
    return [
        case(["red", "blue", "red"], ["blue", "green"], name="an unseen test category"),
        case(["b", "a"], ["a", "b", "a"], name="all test categories seen"),
    ]


def hidden(rng):
    cases = [
        case(["only"], ["only"], name="a single category"),
        case(["x", "x", "x"], ["y", "z"], name="constant train, all test values unseen"),
        case(["b", "a", "c"], [], name="an empty test set"),
        case(["Zeta", "alpha", "Beta"], ["alpha", "beta"], name="case-sensitive sorting"),
        case(["a", "b"], ["c", "c", "a"], name="an unseen value repeated"),
    ]
    pool = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    for i in range(4):
        train = [pool[int(k)] for k in rng.integers(0, 5, size=int(rng.integers(3, 15)))]
        test = [pool[int(k)] for k in rng.integers(0, 7, size=int(rng.integers(1, 8)))]
        cases.append(case(train, test, name=f"random {i + 1}"))
    return cases


def check_case(args, kwargs):
    """Two lists of strings; train is not empty."""
    train, test = args
    assert isinstance(train, list) and isinstance(test, list), "train and test must be lists"
    assert all(type(v) is str for v in train + test), "every value must be a string"
    assert train, "train must not be empty"
