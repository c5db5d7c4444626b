from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary

LOWER = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, n, alphabet="abc"):
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), size=n))


def _encoding(rng, depth, budget):
    """A random valid encoding whose expansion stays small: returns (text, expanded length)."""
    parts, length = [], 0
    for _ in range(int(rng.integers(1, 4))):
        if depth > 0 and rng.random() < 0.5:
            k = int(rng.integers(1, 4)) if rng.random() < 0.8 else int(rng.integers(10, 13))
            inner, inner_len = _encoding(rng, depth - 1, budget)
            if length + k * inner_len > budget:
                continue
            parts.append(f"{k}[{inner}]")
            length += k * inner_len
        else:
            w = _word(rng, int(rng.integers(0, 4)))
            parts.append(w)
            length += len(w)
    return "".join(parts), length


def _expanded_length(s):
    stack, length, k = [], 0, 0
    for ch in s:
        if ch.isdigit():
            k = 10 * k + int(ch)
        elif ch == "[":
            stack.append((length, k))
            length, k = 0, 0
        elif ch == "]":
            before, count = stack.pop()
            length = before + length * count
        else:
            length += 1
    return length


def visible():
    return [
        case("3[ab]c", name="one marker"),
        case("2[a3[b]]", name="nested"),
        case("x10[]y", name="an empty body"),
    ]


def hidden(rng):
    cases = [
        case("", name="empty"),
        case("abc", name="no markers"),
        case("1[q]", name="a count of one"),
        case("12[x]", name="a two-digit count"),
        case("2[]3[a]", name="empty then not"),
        case("3[a]2[bc]", name="two markers in a row"),
        case("ab2[c3[d]e]f", name="letters around nested markers"),
        case("2[2[2[2[z]]]]", name="deep nesting"),
        case("100[ab]", name="a three-digit count"),
    ]
    for depth in (1, 2, 4, 6):
        text, _ = _encoding(rng, depth, 5000)
        cases.append(case(text, name=f"random encoding, depth {depth}"))
    return cases


def scaling_input(n, rng):
    # Thousands of small markers side by side (the output stays about as long as the input).
    # Rebuilding the string per marker costs little per copy at first (CPython copies fast), so its
    # time ratio against the reference grows only about 2.5x over 8x larger inputs but 4x over 16x:
    # the sizes span 16x and max_ratio_growth is 2 (a linear solution stays near 1).
    parts, size = [], 0
    while size < n:
        p = f"{int(rng.integers(1, 4))}[{_word(rng, int(rng.integers(1, 4)), LOWER)}]"
        parts.append(p)
        size += len(p)
    return case("".join(parts))


def check_case(args, kwargs):
    (s,) = args
    depth, prev = 0, ""
    for ch in s:
        assert ch in LOWER or ch.isdigit() or ch in "[]", "letters, digits and brackets only"
        if ch == "[":
            assert prev.isdigit(), "every [ follows a count"
            depth += 1
            assert depth <= 50, "nesting at most 50 deep"
        elif ch == "]":
            depth -= 1
            assert depth >= 0, "brackets match"
        prev = ch
    assert depth == 0, "brackets match"
    for i, ch in enumerate(s):
        if ch.isdigit():
            j = i
            while s[j].isdigit():
                j += 1
            assert s[j] == "[", "digits only as a count before ["
            if i == 0 or not s[i - 1].isdigit():
                assert int(s[i:j]) >= 1, "counts are positive"
    assert _expanded_length(s) <= 200000, "the expansion has at most 200000 characters"
