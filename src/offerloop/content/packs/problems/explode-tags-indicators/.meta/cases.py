from offerloop.judge.cases import case, frame


def _items(ids, tags):
    return frame({"item_id": ids, "tags": tags})


def visible():
    return [case(_items([3, 1, 2], ["Red| blue |red", None, "blue||Green "]), name="case, spaces, repeats and a missing field")]


def _random(rng, n):
    vocab = ["red", "blue", "green", "sale", "new", "eco"]
    tags = []
    for _ in range(n):
        if rng.random() < 0.15:
            tags.append(None if rng.random() < 0.5 else "")
            continue
        parts = []
        for _ in range(int(rng.integers(1, 5))):
            t = vocab[int(rng.integers(len(vocab)))]
            t = t.upper() if rng.random() < 0.2 else (t.title() if rng.random() < 0.2 else t)
            parts.append((" " if rng.random() < 0.3 else "") + t + (" " if rng.random() < 0.3 else ""))
            if rng.random() < 0.1:
                parts.append("")
        tags.append("|".join(parts))
    tags[0] = "red"  # at least one tag
    ids = (rng.permutation(n) * 3 + 1).tolist()
    return _items(ids, tags)


def hidden(rng):
    return [
        case(_items([7], ["solo"]), name="one item, one tag"),
        case(_items([2, 1], ["a", ""]), name="an empty string is no tag"),
        case(_items([1, 2], ["X|x| X ", " | |y"]), name="one tag written three ways; blank pieces"),
        case(_items([10, 5, 7], [None, "b|a", None]), name="two items without tags keep their rows"),
        case(_random(rng, 10), name="random"),
        case(_random(rng, 5), name="random, small"),
    ]


def check_case(args, kwargs):
    (items,) = args
    assert items["item_id"].is_unique, "item ids are unique"
    tags = items["tags"].dropna().str.split("|").explode().str.strip()
    assert (tags != "").any(), "at least one item has at least one tag"


# Counts of exact strings: no numeric decision.
SWEEP_SEEDS = 10
