def _typed(s):
    screen = []
    for ch in s:
        if ch == "#":
            if screen:
                screen.pop()
        else:
            screen.append(ch)
    return screen


def same_after_backspaces(a, b):
    return _typed(a) == _typed(b)
