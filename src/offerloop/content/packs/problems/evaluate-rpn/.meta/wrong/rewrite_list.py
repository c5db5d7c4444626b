def eval_rpn(tokens):
    # Find the first operator, fold it with its two operands, rebuild the list: O(n^2).
    items = [t if t in ("+", "-", "*", "/") else int(t) for t in tokens]
    while len(items) > 1:
        i = next(k for k, t in enumerate(items) if isinstance(t, str))
        a, b, op = items[i - 2], items[i - 1], items[i]
        if op == "+":
            v = a + b
        elif op == "-":
            v = a - b
        elif op == "*":
            v = a * b
        else:
            v = int(a / b)
        items = items[:i - 2] + [v] + items[i + 1:]
    return items[0]
