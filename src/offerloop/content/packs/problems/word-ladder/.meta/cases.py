from itertools import product

from offerloop.judge.cases import case


def _sample(rng, letters, length, n):
    pool = ["".join(p) for p in product(letters, repeat=length)]
    return [pool[int(i)] for i in rng.permutation(len(pool))[:n]]


def visible():
    return [
        case("hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"], name="the classic"),
        case("hit", "cog", ["hot", "dot", "dog", "lot", "log"], name="the end word is missing"),
    ]


def hidden(rng):
    cases = [
        case("a", "c", ["a", "b", "c"], name="one letter"),
        case("hot", "hot", ["hot"], name="begin is the end"),
        case("hot", "dog", ["hot", "dog"], name="no path"),
        case("hot", "dot", ["dot"], name="one step"),
        case("abc", "xyz", [], name="empty list"),
        case("red", "tax", ["ted", "tex", "red", "tax", "tad", "den", "rex", "pee"], name="two routes"),
        case("lost", "miss", ["most", "mist", "miss", "lost", "fist", "fish"], name="begin is in the list"),
        case("cat", "dog", ["cot", "cog", "dog", "bat", "bag", "dag"], name="a dead end first"),
        case("aaa", "ccc", ["aab", "abb", "bbb", "bbc", "bcc", "ccc", "acc", "aac"], name="a shortcut through a"),
    ]
    for n in (20, 120, 500):
        words = _sample(rng, "abcd", 5, n)
        begin = words[0]
        end = words[int(rng.integers(1, n))]
        cases.append(case(begin, end, words[1:], name=f"random {n} words"))
    return cases


def _connected_words(rng, n):
    # Grow a connected set of n six-letter words over "abcd" from "aaaaaa", one random neighbour
    # of a random word at a time, so every word is reachable from the start.
    start = "aaaaaa"
    seen, order, frontier = {start}, [start], [start]
    while frontier and len(order) < n:
        i = int(rng.integers(len(frontier)))
        w = frontier[i]
        fresh = [w[:k] + c + w[k + 1:] for k in range(6) for c in "abcd" if c != w[k]]
        fresh = [x for x in fresh if x not in seen]
        if not fresh:
            frontier.pop(i)
            continue
        x = fresh[int(rng.integers(len(fresh)))]
        seen.add(x)
        order.append(x)
        frontier.append(x)
    return order


def scaling_input(n, rng):
    # Every word is reachable from "aaaaaa" and the end word "eeeeee" from none, so a correct search
    # visits all n words once before answering 0: the work grows with n, never with luck.
    words = _connected_words(rng, n)[1:] + ["eeeeee"]
    words = [words[int(i)] for i in rng.permutation(len(words))]
    return case("aaaaaa", "eeeeee", words)


def check_case(args, kwargs):
    """The prompt's promise: begin, end and every listed word have the same length and use lowercase letters."""
    begin, end, words = args
    assert isinstance(words, list), "words is a list"
    lowercase = set("abcdefghijklmnopqrstuvwxyz")
    for w in [begin, end, *words]:
        assert isinstance(w, str) and len(w) == len(begin), f"{w!r}: all words have the same length"
        assert set(w) <= lowercase, f"{w!r}: words use lowercase letters"
