from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary

PAIRS = ["()", "[]", "{}"]


def _balanced(rng, n_pairs):
    """A random balanced string of n_pairs pairs (random nesting and kinds)."""
    out, stack, opened = [], [], 0
    while opened < n_pairs or stack:
        if opened < n_pairs and (not stack or rng.random() < 0.55):
            pair = PAIRS[int(rng.integers(3))]
            out.append(pair[0])
            stack.append(pair[1])
            opened += 1
        else:
            out.append(stack.pop())
    return "".join(out)


def _break(rng, s):
    """Change one character of a balanced string so it is no longer balanced."""
    i = int(rng.integers(len(s)))
    choices = [c for c in "()[]{}" if c != s[i]]
    return s[:i] + choices[int(rng.integers(len(choices)))] + s[i + 1:]


def visible():
    return [
        case("{[()()]}", name="nested and side by side"),
        case("([)]", name="crossed kinds"),
        case("((", name="never closed"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty string"),
        case(")", name="a lone closer"),
        case("(", name="a lone opener"),
        case("()[]{}", name="three pairs in a row"),
        case("(]", name="wrong kind"),
        case("())(", name="a closer too early, then an opener"),
        case("[[[]]]]", name="one closer too many"),
        case("{{{{}}}", name="one opener too many"),
        case("}{", name="reversed pair"),
    ]
    for n in (6, 40, 500):
        s = _balanced(rng, n)
        cases.append(case(s, name=f"random balanced, {n} pairs"))
        cases.append(case(_break(rng, s), name=f"random, {n} pairs, one character changed"))
    return cases


def scaling_input(n, rng):
    # Deep nesting: every pass that deletes adjacent pairs removes only one.
    half = [PAIRS[int(k)] for k in rng.integers(0, 3, size=n // 2)]
    return case("".join(p[0] for p in half) + "".join(p[1] for p in reversed(half)))


def check_case(args, kwargs):
    (s,) = args
    assert isinstance(s, str) and set(s) <= set("()[]{}"), "s holds only the six bracket characters"


