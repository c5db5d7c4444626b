PARTNER = {")": "(", "]": "[", "}": "{"}


def is_balanced(s):
    stack = []
    for ch in s:
        if ch in PARTNER:
            if not stack or stack.pop() != PARTNER[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
