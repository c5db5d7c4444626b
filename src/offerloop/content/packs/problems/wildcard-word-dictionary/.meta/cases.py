from offerloop.judge.cases import driver

SWEEP_SEEDS = 20  # integers and strings only, no float boundary

SCRIPT = """
OPS = {ops!r}


def drive(ns):
    d = ns["WordDictionary"]()
    out = []
    for op, arg in OPS:
        if op == "add":
            d.add_word(arg)
            out.append(None)
        else:
            out.append(d.search(arg))
    return out
"""

BULK = """
def drive(ns):
    # Many words over "abcd" and patterns over "abcdef", generated in place (a linear congruential
    # generator). Most patterns match nothing: a search that scans the words stops only at a match,
    # so the misses are what it pays for, while a trie gives up at a letter no word has there.
    state = {seed}

    def rand(n):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return (state >> 16) % n   # high bits: the low bits of this generator cycle quickly

    def pieces(letters):   # every four-letter string over letters; words are glued from three
        out = [""]
        for _ in range(4):
            out = [p + c for p in out for c in letters]
        return out

    def word(ps):   # 6 to 10 letters
        n = len(ps)
        return (ps[rand(n)] + ps[rand(n)] + ps[rand(n)])[:6 + rand(5)]

    letters, pattern_letters = pieces("abcd"), pieces("abcdef")
    d = ns["WordDictionary"]()
    for _ in range({words}):
        d.add_word(word(letters))
    hits = 0
    for _ in range({queries}):
        p = list(word(pattern_letters))
        for _ in range(rand(4)):
            p[rand(len(p))] = "."
        hits += bool(d.search("".join(p)))
    return hits
"""


def replay(ops, name):
    ops = [tuple(o) for o in ops]
    return driver(SCRIPT.format(ops=ops), name=name, params={"ops": [list(o) for o in ops]})


def _word(rng, lo, hi, letters="abc"):
    return "".join(letters[int(i)] for i in rng.integers(0, len(letters), size=int(rng.integers(lo, hi + 1))))


def _pattern(rng, lo, hi):
    p = list(_word(rng, lo, hi))
    for _ in range(int(rng.integers(0, 4))):
        p[int(rng.integers(len(p)))] = "."
    return "".join(p)


def visible():
    return [replay([("add", "cat"), ("add", "cot"), ("add", "code"), ("search", "c.t"), ("search", "c.."),
                    ("search", "co"), ("search", "...e"), ("search", "c.d")], name="dots in patterns")]


def hidden(rng):
    cases = [
        replay([("search", "a"), ("search", ".")], name="empty dictionary"),
        replay([("add", "a"), ("search", "."), ("search", ".."), ("search", "a")], name="one letter"),
        replay([("add", "bad"), ("search", "ba"), ("search", "ba."), ("search", "bad."), ("search", "...")],
               name="lengths must match"),
        replay([("add", "abc"), ("search", "a.c"), ("search", ".bc"), ("search", "...")], name="a dot is not literal"),
        replay([("add", "xyz"), ("add", "xya"), ("search", "xy."), ("search", ".y."), ("search", "..b")], name="dot at the end"),
        replay([("add", "ab"), ("add", "abcd"), ("search", "ab.."), ("search", "ab."), ("search", "a.")],
               name="a longer word through a shorter one"),
    ]
    for n in (30, 400):
        ops = []
        for _ in range(n):
            if rng.random() < 0.4:
                ops.append(("add", _word(rng, 1, 5)))
            else:
                ops.append(("search", _pattern(rng, 1, 5)))
        cases.append(replay(ops, name=f"random {n} operations"))
    seed = int(rng.integers(1, 2 ** 31 - 1))
    cases.append(driver(BULK.format(seed=seed, words=10000, queries=10000),
                        name="10000 words, 10000 patterns", params={"seed": seed}))
    return cases


def check_case(args, kwargs):
    params = args if isinstance(args, dict) else {}  # a driver case's params arrive as args
    if "ops" not in params:
        return  # the bulk case: words and patterns of 6 to 10 lowercase letters, at most 3 dots, by construction
    for op, arg in params["ops"]:
        assert op in ("add", "search"), "known operations"
        assert isinstance(arg, str) and 1 <= len(arg) <= 20, "non-empty, at most 20 characters"
        if op == "add":
            assert arg.isascii() and arg.isalpha() and arg.islower(), "words are lowercase letters"
        else:
            assert all(c == "." or "a" <= c <= "z" for c in arg) and arg.count(".") <= 3, \
                "patterns are lowercase letters and at most 3 dots"
