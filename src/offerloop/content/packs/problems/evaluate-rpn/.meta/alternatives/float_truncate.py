import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": lambda a, b: int(a / b)}


def eval_rpn(tokens):
    # int(a / b) truncates toward zero and is exact for 32-bit operands.
    stack = []
    for tok in tokens:
        fn = OPS.get(tok)
        if fn is None:
            stack.append(int(tok))
        else:
            b = stack.pop()
            stack[-1] = fn(stack[-1], b)
    return stack[0]
