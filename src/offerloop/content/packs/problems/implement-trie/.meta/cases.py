from offerloop.judge.cases import driver

SWEEP_SEEDS = 20  # integers and strings only, no float boundary

SCRIPT = """
OPS = {ops!r}


def drive(ns):
    trie = ns["Trie"]()
    out = []
    for op, arg in OPS:
        if op == "insert":
            trie.insert(arg)
            out.append(None)
        elif op == "search":
            out.append(trie.search(arg))
        else:
            out.append(trie.starts_with(arg))
    return out
"""

BULK = """
def drive(ns):
    # Many words and queries over a small alphabet, generated in place (a linear congruential generator).
    state = {seed}

    def word(lo, hi):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        n = lo + (state >> 16) % (hi - lo + 1)   # high bits: the low bits of this generator cycle quickly
        out = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            out.append("abcd"[(state >> 16) % 4])
        return "".join(out)

    trie = ns["Trie"]()
    for _ in range({words}):
        trie.insert(word(4, 12))
    found = prefixes = 0
    for _ in range({queries}):
        found += bool(trie.search(word(4, 12)))
        prefixes += bool(trie.starts_with(word(6, 14)))
    return [found, prefixes]
"""


def replay(ops, name):
    ops = [tuple(o) for o in ops]
    return driver(SCRIPT.format(ops=ops), name=name, params={"ops": [list(o) for o in ops]})


def _word(rng, lo, hi, letters="abc"):
    return "".join(letters[int(i)] for i in rng.integers(0, len(letters), size=int(rng.integers(lo, hi + 1))))


def visible():
    return [replay([("insert", "plan"), ("search", "plan"), ("search", "pla"), ("starts_with", "pla"),
                    ("insert", "pla"), ("search", "pla"), ("starts_with", "plane")], name="words and prefixes")]


def hidden(rng):
    cases = [
        replay([("search", "a"), ("starts_with", "a")], name="empty trie"),
        replay([("insert", "a"), ("search", "a"), ("starts_with", "a"), ("search", "aa")], name="one letter"),
        replay([("insert", "car"), ("insert", "car"), ("search", "car"), ("search", "ca")], name="inserted twice"),
        replay([("insert", "card"), ("starts_with", "card"), ("search", "card"), ("starts_with", "cards")],
               name="a word is its own prefix"),
        replay([("insert", "tea"), ("insert", "ten"), ("search", "te"), ("starts_with", "te"),
                ("starts_with", "tex"), ("search", "tea"), ("search", "teas")], name="shared prefix"),
        replay([("insert", "zzzzzzzzzzzzzzzzzzzz"), ("starts_with", "zzzzzzzzzzzzzzzzzzz"),
                ("search", "zzzzzzzzzzzzzzzzzzz")], name="twenty letters"),
    ]
    for n in (20, 300):
        ops = []
        for _ in range(n):
            r = rng.random()
            kind = "insert" if r < 0.4 else ("search" if r < 0.7 else "starts_with")
            ops.append((kind, _word(rng, 1, 5)))
        cases.append(replay(ops, name=f"random {n} operations"))
    seed = int(rng.integers(1, 2 ** 31 - 1))
    cases.append(driver(BULK.format(seed=seed, words=20000, queries=20000),
                        name="20000 words, 40000 questions", params={"seed": seed}))
    return cases


def check_case(args, kwargs):
    params = args if isinstance(args, dict) else {}  # a driver case's params arrive as args
    if "ops" not in params:
        return  # the bulk case: lowercase words of 4 to 14 letters by construction
    for op, arg in params["ops"]:
        assert op in ("insert", "search", "starts_with"), "known operations"
        assert isinstance(arg, str) and 1 <= len(arg) <= 20 and arg.isascii() and arg.isalpha() and arg.islower(), \
            "non-empty lowercase words of at most 20 letters"
