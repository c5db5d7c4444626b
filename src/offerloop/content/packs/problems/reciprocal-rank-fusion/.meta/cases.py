from offerloop.judge.cases import case


def visible():
    return [case([["a", "b", "c"], ["b", "c", "d"]], k=60, name="two lists")]


def hidden(rng):
    cases = [
        case([["x"]], name="one list, one document"),
        case([["b", "a"], ["a", "b"]], name="a tie broken by id"),
        case([["a", "b", "c"]], k=0, name="k = 0"),
        case([["a"], ["b", "c", "a"], ["c", "a"]], k=1, name="small k: top ranks dominate"),
        case([[], ["q", "p"]], name="an empty list"),
    ]
    docs = [f"d{i}" for i in range(12)]
    for i in range(4):
        lists = [[docs[int(j)] for j in rng.permutation(12)[: int(rng.integers(2, 10))]] for _ in range(int(rng.integers(2, 5)))]
        cases.append(case(lists, k=int(rng.choice([1, 10, 60])), name=f"random {i + 1}"))
    return cases
