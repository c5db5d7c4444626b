from offerloop.judge.cases import case


def visible():
    return [
        case({"low": 5, "lower": 2, "newest": 6, "widest": 3}, 3, name="the classic example"),
        case({"aab": 1}, 2, name="one word"),
    ]


def hidden(rng):
    cases = [
        case({"a": 10}, 3, name="single-character words: nothing to merge"),
        case({"ab": 1, "ba": 1}, 1, name="a tie between two pairs"),
        case({"aaaa": 1, "ab": 3}, 2, name="a repeated pair counts per occurrence"),
        case({"xy": 1, "yz": 5, "xyz": 1}, 3, name="weighted by the word count"),
        case({"abab": 2, "bc": 3}, 4, name="merges change later counts"),
        case({"aaa": 1}, 5, name="runs out of merges early"),
    ]
    letters = "abc"
    for i in range(5):
        words = {}
        for _ in range(int(rng.integers(3, 7))):
            w = "".join(letters[int(k)] for k in rng.integers(0, 3, size=int(rng.integers(2, 7))))
            words[w] = int(rng.integers(1, 6))
        cases.append(case(words, int(rng.integers(3, 8)), name=f"random corpus {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a dict of non-empty words to positive int counts, num_merges an int >= 0."""
    word_counts, num_merges = args
    assert isinstance(word_counts, dict) and word_counts, "word_counts must be a non-empty dict"
    for w, c in word_counts.items():
        assert isinstance(w, str) and w, f"word {w!r} must be a non-empty string"
        assert type(c) is int and c >= 1, f"count of {w!r} is {c!r}: a positive int"
    assert type(num_merges) is int and num_merges >= 0, f"num_merges = {num_merges!r}"
