def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b}[tok] if tok != "/" else a // b)  # floors
        else:
            stack.append(int(tok))
    return stack[-1]
