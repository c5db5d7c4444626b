from offerloop.judge.cases import case, frame


def visible():
    return [case(frame({"id": [1, 2, 3], "a": [0.5, 1.5, 2.5]}), frame({"id": [3, 1], "b": ["p", "q"]}), name="two matches")]


def hidden(rng):
    ids = rng.permutation(8)
    return [case(frame({"id": ids.tolist(), "a": rng.normal(size=8)}),
                 frame({"id": ids[:5][::-1].tolist(), "b": [f"s{i}" for i in range(5)]}), name="random")]
