from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _hand(rng, groups, k, span):
    hand = []
    for _ in range(groups):
        v = int(rng.integers(0, span))
        hand.extend(range(v, v + k))
    return [hand[int(i)] for i in rng.permutation(len(hand))]


def visible():
    return [
        case([1, 2, 3, 6, 2, 3, 4, 7, 8], 3, name="three straights"),
        case([1, 2, 3, 4, 5], 4, name="count not divisible"),
        case([1, 1, 2, 2, 3, 4], 3, name="missing a card"),
    ]


def hidden(rng):
    cases = [
        case([5], 1, name="one card, straights of one"),
        case([9, 3, 7], 1, name="straights of one"),
        case([4, 4, 4, 4], 2, name="pairs of equal cards are not straights"),
        case([1, 2, 4, 5], 2, name="two straights of two"),
        case([1, 3, 5, 7], 2, name="gaps everywhere"),
        case([3, 2, 1, 2, 3, 4, 3, 4, 5], 3, name="overlapping straights"),
        case([1, 2, 3, 3, 4, 4, 5, 6], 4, name="two straights of four"),
        case([1000000000, 999999999, 999999998], 3, name="huge values"),
        case([2, 3, 4, 5, 6, 7, 1, 1], 4, name="every count divides but one straight breaks"),
    ]
    for groups, k in ((3, 3), (20, 4), (200, 5)):
        good = _hand(rng, groups, k, 3 * groups)
        cases.append(case(good, k, name=f"random {groups} straights of {k}"))
        bad = list(good)
        bad[int(rng.integers(0, len(bad)))] += 10 * groups + k   # moves one card far away
        cases.append(case(bad, k, name=f"random {groups} straights of {k}, one card moved"))
    return cases


def scaling_input(n, rng):
    return case(_hand(rng, n // 4, 4, n), 4)


def check_case(args, kwargs):
    hand, k = args
    assert 1 <= len(hand) <= 100_000, "1 to 100000 cards"
    assert all(type(v) is int and 0 <= v <= 10**9 for v in hand), "card values are integers in [0, 1e9]"
    assert type(k) is int and 1 <= k <= len(hand), "1 <= k <= len(hand)"
