import numpy as np

from offerloop.judge.cases import case


GRID = 2.0**30


def _log_table(p):
    # Log-probs on a 2^-30 grid: every sum of a few of them is exact in floats, so hypotheses that add
    # the same terms in another order (a -> b -> a -> c versus a -> c -> a -> b) tie exactly, and the
    # prompt's lexicographic tie-break decides them whatever order a solution adds in.
    p = np.asarray(p, dtype=float)
    return np.round(np.log(p / p.sum(axis=1, keepdims=True)) * GRID) / GRID


def visible():
    lp = _log_table([[0.1, 0.5, 0.4], [0.9, 0.05, 0.05], [0.1, 0.1, 0.8]])
    return [
        case(lp, 0, 0, 2, 3, name="width 2 finds a better sequence than greedy"),
        case(lp, 0, 0, 1, 3, name="width 1 is greedy"),
    ]


def _random_table(rng, V, eos):
    x = rng.random((V, V)) ** 2
    x[:, eos] *= rng.uniform(0.5, 3.0)
    return _log_table(x)


def hidden(rng):
    greedy_trap = _log_table([[0.0001, 0.55, 0.4499], [0.5, 0.25, 0.25], [0.95, 0.025, 0.025]])
    long_wins = _log_table([[0.3, 0.7, 0.0001], [0.2, 0.0001, 0.7999], [0.6, 0.2, 0.2]])
    cases = [
        case(_log_table([[1.0]]), 0, 0, 3, 5, name="a one-token vocabulary"),
        case(greedy_trap, 0, 0, 2, 4, name="greedy's first choice leads nowhere good"),
        case(greedy_trap, 0, 0, 3, 2, name="a short length limit"),
        case(long_wins, 0, 0, 3, 5, name="finished early versus long hypotheses"),
        case(np.log(np.full((3, 3), 1 / 3)), 1, 0, 2, 3, name="uniform table: ties broken lexicographically"),
    ]
    for i in range(6):
        V = int(rng.integers(4, 7))
        eos = int(rng.integers(V))
        cases.append(case(_random_table(rng, V, eos), int(rng.integers(V)), eos, int(rng.integers(2, 4)), int(rng.integers(3, 7)),
                          name=f"random {i + 1}"))
    return cases


MARGIN = 1e-9


def _on_grid(terms):
    return all(t * GRID == round(t * GRID) and abs(t) < 2**20 for t in terms)


def _tie_exact(a, b):
    """Scores this close compare the same in every summation order only if they add the same terms in
    the same order, copies of one value, or terms on the 2^-30 grid (exact sums)."""
    return a == b or (len(a) == len(b) and len(set(a + b)) == 1) or (_on_grid(a) and _on_grid(b))


def check_case(args, kwargs):
    """The prompt's promise: a (V, V) log-prob table, valid tokens, and no near-tie at a beam cut-off or for the answer
    unless the tie is exact in floats (ties then go to the smaller token list)."""
    lp, start, eos, width, max_len = args
    lp = np.asarray(lp, dtype=float)
    V = lp.shape[0]
    assert lp.shape == (V, V) and V >= 1, "log_probs must be (V, V)"
    assert np.allclose(np.exp(lp).sum(axis=1), 1.0), "each row must be a distribution"
    assert 0 <= start < V and 0 <= eos < V, "start and eos must be tokens"
    assert type(width) is int and width >= 1 and type(max_len) is int and max_len >= 1, "beam_width and max_len are positive ints"

    def near(a, b, where):
        if abs(a[1] - b[1]) <= MARGIN:
            assert _tie_exact(a[2], b[2]), f"{where}: {a[0]} and {b[0]} score within {MARGIN:g} without an exact tie (put the log-probs on the grid)"

    beam, finished = [([], 0.0, [])], []
    for step in range(max_len):
        cands = []
        for tokens, score, terms in beam:
            prev = tokens[-1] if tokens else start
            for v in range(V):
                cands.append((tokens + [v], score + float(lp[prev, v]), terms + [float(lp[prev, v])]))
        cands.sort(key=lambda c: (-c[1], c[0]))
        if len(cands) > width:
            near(cands[width - 1], cands[width], f"step {step + 1}, the beam cut-off")
        beam = []
        for c in cands[:width]:
            (finished if c[0][-1] == eos else beam).append(c)
        if not beam:
            break
    final = sorted(finished + beam, key=lambda c: (-c[1], c[0]))
    if len(final) > 1:
        near(final[0], final[1], "the answer")
