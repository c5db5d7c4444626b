from offerloop.judge.cases import case


def visible():
    return [
        case([2, 3], 3, name="padding only"),
        case([2, 3], 3, causal=True, name="padding and causal"),
    ]


def hidden(rng):
    cases = [
        case([1], 1, name="one token"),
        case([0, 2], 2, name="an empty sequence"),
        case([4, 4], 4, causal=True, name="no padding, causal"),
        case([1, 3, 2], 5, name="max_len beyond every length"),
    ]
    for i in range(3):
        T = int(rng.integers(3, 9))
        lengths = [int(x) for x in rng.integers(1, T + 1, size=int(rng.integers(1, 5)))]
        cases.append(case(lengths, T, causal=bool(i % 2), name=f"random {i + 1}"))
    return cases
