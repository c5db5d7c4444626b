from offerloop.judge.cases import case


def visible():
    docs = [["cat", "sat"], ["dog", "sat", "down"]]
    return [
        case(["cat"], docs, name="one term"),
        case(["sat", "down"], docs, name="two terms, one in every document"),
    ]


def hidden(rng):
    cases = [
        case(["x"], [["x"]], name="one document"),
        case(["a"], [["b"], ["c"]], name="no matches"),
        case(["a", "a"], [["a", "b"], ["b", "b"]], name="a repeated query token"),
        case(["a"], [["a"], ["a", "b", "c", "d", "e", "f"]], name="length normalisation"),
        case(["a"], [["a"], ["a", "b", "c", "d", "e", "f"]], b=0.0, name="b = 0"),
        case(["a"], [["a"] * 10, ["a"]], k1=1.2, name="saturation"),
        case(["a"], [["a"], ["a"], ["a"], ["b"]], name="a common term (the +1 keeps idf positive)"),
    ]
    words = ["alpha", "beta", "gamma", "delta", "eps"]
    for i in range(4):
        docs = [[words[int(k)] for k in rng.integers(0, 5, size=int(rng.integers(1, 12)))] for _ in range(int(rng.integers(3, 8)))]
        q = [words[int(k)] for k in rng.integers(0, 5, size=int(rng.integers(1, 4)))]
        cases.append(case(q, docs, name=f"random {i + 1}"))
    return cases
