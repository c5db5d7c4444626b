from offerloop.judge.cases import case

SWEEP_SEEDS = 30  # strings only, no float boundary

CLASSIC = ["abce", "sfcs", "adee"]


def _board(rng, rows, cols, letters):
    return ["".join(letters[int(i)] for i in rng.integers(0, len(letters), size=cols)) for _ in range(rows)]


def _traced(rng, board, length):
    """A word read along a random self-avoiding path (shorter if the path gets stuck)."""
    rows, cols = len(board), len(board[0])
    r, c = int(rng.integers(rows)), int(rng.integers(cols))
    path = [(r, c)]
    while len(path) < length:
        options = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in path]
        if not options:
            break
        r, c = options[int(rng.integers(len(options)))]
        path.append((r, c))
    return "".join(board[r][c] for r, c in path)


def visible():
    return [
        case(CLASSIC, "abcced", name="a winding path"),
        case(CLASSIC, "see", name="a short word"),
        case(CLASSIC, "abcb", name="a cell would be used twice"),
    ]


def hidden(rng):
    cases = [
        case(["a"], "a", name="one cell, found"),
        case(["a"], "b", name="one cell, not found"),
        case(["ab"], "aba", name="too long for the grid"),
        case(["ab", "cd"], "ad", name="only a diagonal"),
        case(["aaa", "aab"], "aaaaab", name="the path must snake"),
        case(["abc", "xyd"], "dcb", name="starts in the last row"),
        case(["ca", "ab", "zz"], "abac", name="a dead end that shares a cell with the path"),
        case(["xy", "ab"], "ab", name="only in the last row"),
        case(["aa", "ab", "bb"], "aabab", name="a failed first branch must release its cells"),
    ]
    for rows, cols, letters in ((3, 3, "ab"), (4, 5, "abc"), (5, 5, "abcd"), (6, 6, "abc")):
        board = _board(rng, rows, cols, letters)
        word = _traced(rng, board, int(rng.integers(3, 11)))
        cases.append(case(board, word, name=f"random {rows}x{cols}, traced word"))
        other = "".join(letters[int(i)] for i in rng.integers(0, len(letters), size=int(rng.integers(4, 9))))
        cases.append(case(board, other, name=f"random {rows}x{cols}, random word"))
    return cases


def check_case(args, kwargs):
    board, word = args
    assert 1 <= len(board) <= 6 and all(len(row) == len(board[0]) for row in board), "1..6 equal rows"
    assert 1 <= len(board[0]) <= 6, "rows of 1..6 letters"
    assert all(row.isalpha() and row.islower() for row in board), "lowercase letters"
    assert 1 <= len(word) <= 10 and word.isalpha() and word.islower(), "a word of 1..10 lowercase letters"
