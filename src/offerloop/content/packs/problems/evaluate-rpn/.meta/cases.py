from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary

LOW, HIGH = -2**31, 2**31 - 1
OPS = ("+", "-", "*", "/")


def _apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _evaluate(tokens):
    """The value, or raise AssertionError when the expression breaks a promise of the prompt."""
    stack = []
    for tok in tokens:
        if tok in OPS:
            assert len(stack) >= 2, "every operator has two operands"
            b, a = stack.pop(), stack.pop()
            assert not (tok == "/" and b == 0), "no division by zero"
            v = _apply(tok, a, b)
            assert LOW <= v <= HIGH, "every intermediate value fits in 32 bits"
            stack.append(v)
        else:
            assert tok == str(int(tok)), f"token {tok!r} is a plain integer"
            v = int(tok)
            assert LOW <= v <= HIGH, "every number fits in 32 bits"
            stack.append(v)
    assert len(stack) == 1, "the expression leaves exactly one value"
    return stack[0]


def _random_rpn(rng, n_numbers, lo, hi, p_push=0.5):
    """A valid postfix expression of n_numbers numbers whose every step stays in 32 bits."""
    tokens, stack, left = [], [], n_numbers
    while left or len(stack) > 1:
        if left and (len(stack) < 2 or rng.random() < p_push):
            v = int(rng.integers(lo, hi + 1))
            tokens.append(str(v))
            stack.append(v)
            left -= 1
            continue
        a, b = stack[-2], stack[-1]
        for k in rng.permutation(4):
            op = OPS[int(k)]
            if op == "/" and b == 0:
                continue
            v = _apply(op, a, b)
            if LOW <= v <= HIGH:
                break
        stack[-2:] = [v]
        tokens.append(op)
    return tokens


def visible():
    return [
        case(["3", "4", "+", "2", "*"], name="sum then product"),
        case(["7", "-2", "/"], name="division truncates toward zero"),
        case(["5", "1", "2", "+", "4", "*", "+", "3", "-"], name="nested"),
    ]


def hidden(rng):
    cases = [
        case(["42"], name="a single number"),
        case(["-17"], name="a single negative number"),
        case(["9", "4", "-"], name="operand order for minus"),
        case(["4", "9", "-"], name="negative difference"),
        case(["-7", "2", "/"], name="negative dividend truncates up"),
        case(["6", "-3", "/"], name="exact negative quotient"),
        case(["1", "3", "/"], name="quotient below one"),
        case(["2147483647", "-1", "*"], name="32-bit edge"),
        case(["15", "7", "1", "1", "+", "-", "/", "3", "*", "2", "1", "1", "+", "+", "-"], name="deep mix"),
    ]
    for n, lo, hi in ((6, -20, 20), (40, -9, 9), (400, -1000, 1000)):
        cases.append(case(_random_rpn(rng, n, lo, hi), name=f"random expression of {n} numbers"))
    cases.append(case(_random_rpn(rng, 300, -50, 50, p_push=0.85), name="random deep stack"))
    return cases


def scaling_input(n, rng):
    # Left-deep: every operator sits near the front of what is left.
    return case(_random_rpn(rng, n // 2, -1000, 1000, p_push=0.0))


def check_case(args, kwargs):
    (tokens,) = args
    assert tokens and all(isinstance(t, str) for t in tokens), "tokens is a non-empty list of strings"
    _evaluate(tokens)
