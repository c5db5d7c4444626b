from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # strings only, no float boundary


def _keys(rng, n, p_back, alphabet="ab"):
    return "".join("#" if rng.random() < p_back else alphabet[int(rng.integers(len(alphabet)))] for _ in range(n))


def _retype(rng, text, noise):
    """Keystrokes that leave text on screen, with typos corrected by backspaces along the way."""
    out = []
    for ch in text:
        while rng.random() < noise:
            out.append("xyz"[int(rng.integers(3))])
            out.append("#")
        out.append(ch)
    return "".join(out)


def visible():
    return [
        case("ab#c", "ad#c", name="one typo each"),
        case("a##c", "#a#c", name="backspaces on an empty screen"),
        case("a#c", "b", name="different text"),
    ]


def hidden(rng):
    cases = [
        case("", "", name="both empty"),
        case("###", "", name="only backspaces"),
        case("a", "", name="one letter against nothing"),
        case("abc#", "ab", name="a trailing backspace"),
        case("ab##", "c#d#", name="both end empty"),
        case("bxj##tw", "bxo#j##tw", name="several corrections"),
        case("a#b", "b#a", name="same letters, different survivors"),
        case("ab", "ba", name="order matters"),
        case("#a", "a", name="a leading backspace does nothing"),
        case("xy#z", "xzz#", name="a backspace in the middle against one at the end"),
    ]
    for n in (10, 100, 2000):
        text = _keys(rng, n, 0.0, "abcde")
        cases.append(case(_retype(rng, text, 0.3), _retype(rng, text, 0.2), name=f"random text of {n}, retyped twice"))
        other = text[:-1] + ("a" if text[-1] != "a" else "b")
        cases.append(case(_retype(rng, text, 0.3), _retype(rng, other, 0.2), name=f"random text of {n}, last letter differs"))
    return cases


def scaling_input(n, rng):
    # A long text, then many typos each erased at once: every backspace sits after the long text.
    # Rebuilding the string per backspace copies fast at first (its time ratio against the
    # reference grows only 2.4x over 8x larger inputs), so the sizes span 32x (about 4x) and
    # max_ratio_growth is 2 (a linear solution stays near 1).
    text = _keys(rng, n // 2, 0.0, "abcdefgh")
    typos = "".join("xyz"[int(i)] + "#" for i in rng.integers(0, 3, size=n // 4))
    return case(text + typos, text)


def check_case(args, kwargs):
    for s in args:
        assert all(c == "#" or "a" <= c <= "z" for c in s), "lowercase letters and # only"
