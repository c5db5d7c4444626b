from offerloop.judge.cases import case


def visible():
    return [
        case([[5, 2, 9], [1, 4, 7], [3, 8, 6]], [9, 6, 3], 2, name="three users, k = 2"),
        case([[5, 2, 9], [1, 4, 7], [3, 8, 6]], [9, 6, 3], 3, name="k = 3"),
    ]


def hidden(rng):
    cases = [
        case([[1]], [1], 1, name="a single user, a hit"),
        case([[1, 2, 3]], [3], 2, name="just below the cut-off"),
        case([[1, 2], [3, 4]], [2, 4], 2, name="every user at exactly rank k"),
        case([[], [1]], [1, 1], 5, name="an empty recommendation list"),
    ]
    for i in range(4):
        n = int(rng.integers(5, 20))
        recs = [[int(x) for x in rng.permutation(30)[:10]] for _ in range(n)]
        held = [int(x) for x in rng.integers(0, 30, size=n)]
        cases.append(case(recs, held, int(rng.integers(1, 10)), name=f"random {n} users"))
    return cases
