def survivors(sizes):
    stack = []
    for rock in sizes:
        if rock < 0 and stack and stack[-1] > 0:  # fights only the nearest rock
            if stack[-1] < -rock:
                stack.pop()
                stack.append(rock)
            elif stack[-1] == -rock:
                stack.pop()
        else:
            stack.append(rock)
    return stack
