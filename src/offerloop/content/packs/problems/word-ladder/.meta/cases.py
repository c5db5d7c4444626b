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


def scaling_input(n, rng):
    # A dense sample of the 4096 six-letter words over "abcd": one big connected component, and an
    # end word at the largest possible distance.
    words = _sample(rng, "abcd", 6, n)
    words = [w for w in words if w not in ("aaaaaa", "dddddd")] + ["dddddd"]
    return case("aaaaaa", "dddddd", words)
