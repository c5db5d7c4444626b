def same_after_backspaces(a, b):
    def typed(s):
        screen, pending = [], 0
        for ch in s:
            if ch == "#":
                if screen:
                    screen.pop()
                else:
                    pending += 1  # remembers backspaces on an empty screen for later letters
            elif pending:
                pending -= 1
            else:
                screen.append(ch)
        return screen

    return typed(a) == typed(b)
