def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok[0] in "+-*/":  # "-7" is taken for the operator "-"
            b = stack.pop()
            a = stack.pop()
            op = tok[0]
            if op == "+":
                stack.append(a + b)
            elif op == "-":
                stack.append(a - b)
            elif op == "*":
                stack.append(a * b)
            else:
                stack.append(int(a / b))
        else:
            stack.append(int(tok))
    return stack[-1]
