from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers and strings only, no float boundary


def _board(rng, rows, cols, letters):
    return ["".join(letters[int(i)] for i in rng.integers(0, len(letters), size=cols)) for _ in range(rows)]


def _path_word(rng, board, length):
    """A word traced by a random self-avoiding path on the board (shorter if it gets stuck)."""
    rows, cols = len(board), len(board[0])
    r, c = int(rng.integers(rows)), int(rng.integers(cols))
    used, out = {(r, c)}, [board[r][c]]
    while len(out) < length:
        nxt = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
               if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in used]
        if not nxt:
            break
        r, c = nxt[int(rng.integers(len(nxt)))]
        used.add((r, c))
        out.append(board[r][c])
    return "".join(out)


def _random_case(rng, rows, cols, letters, n_words, name):
    board = _board(rng, rows, cols, letters)
    words = set()
    while len(words) < n_words:
        if rng.random() < 0.5:
            words.add(_path_word(rng, board, int(rng.integers(1, 9))))
        else:
            words.add("".join(letters[int(i)] for i in rng.integers(0, len(letters), size=int(rng.integers(1, 7)))))
    words = sorted(words)
    order = rng.permutation(len(words))
    return case(board, [words[int(i)] for i in order], name=name)


def visible():
    return [
        case(["gate", "roan", "ipse"], ["gate", "groan", "ripe", "tan", "sane", "gag"], name="a small puzzle"),
    ]


def hidden(rng):
    cases = [
        case(["a"], ["a", "b", "aa"], name="one cell"),
        case(["ab"], ["aba", "ab", "ba"], name="no cell twice"),
        case(["aa", "aa"], ["aaaa", "aaaaa", "a"], name="a square of one letter"),
        case(["abc", "bcd"], ["bc", "cb", "abcd"], name="a word on several paths is listed once"),
        case(["ab", "cd"], ["ad", "bc", "abdc"], name="no diagonal moves"),
        case(["xpple", "apxxx"], ["app", "apple", "ap"], name="a word and its prefixes"),
        case(["zz"], ["z", "zz", "zzz", "y"], name="the alphabet's end"),
        case(["ab", "cd"], ["dcab", "badc", "acdb"], name="full-board loops"),
    ]
    cases.append(_random_case(rng, 4, 4, "abc", 20, "random 4x4 board, 20 words"))
    cases.append(_random_case(rng, 6, 7, "abcde", 80, "random 6x7 board, 80 words"))
    cases.append(_random_case(rng, 12, 12, "abcdefgh", 300, "random 12x12 board, 300 words"))
    return cases


def scaling_input(n, rng):
    # A 10x10 board of 'a' with the letters b..z sprinkled in once each; n words "aaa" + two of b..z.
    cells = ["a"] * 100
    spots = rng.choice(100, size=25, replace=False)
    for k, spot in enumerate(spots):
        cells[int(spot)] = chr(ord("b") + k)
    board = ["".join(cells[10 * r:10 * r + 10]) for r in range(10)]
    tails = [x + y for x in "bcdefghijklmnopqrstuvwxyz" for y in "bcdefghijklmnopqrstuvwxyz" if x != y]
    picks = rng.choice(len(tails), size=n, replace=False)
    return case(board, ["aaa" + tails[int(i)] for i in picks])


def check_case(args, kwargs):
    board, words = args
    assert 1 <= len(board) <= 12 and 1 <= len(board[0]) <= 12, "between 1x1 and 12x12"
    assert all(isinstance(r, str) and len(r) == len(board[0]) and r.isascii() and r.isalpha() and r.islower()
               for r in board), "rows are equal-length strings of lowercase letters"
    assert len(set(words)) == len(words) <= 5000, "distinct words, up to a few thousand"
    assert all(isinstance(w, str) and 1 <= len(w) <= 10 and w.isascii() and w.isalpha() and w.islower()
               for w in words), "lowercase words of 1 to 10 letters"
