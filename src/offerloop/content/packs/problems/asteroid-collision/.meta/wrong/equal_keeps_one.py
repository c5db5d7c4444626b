def survivors(sizes):
    stack = []
    for rock in sizes:
        alive = True
        while alive and rock < 0 and stack and stack[-1] > 0:
            if stack[-1] < -rock:
                stack.pop()
            else:
                alive = False  # an equal fight should destroy both
        if alive:
            stack.append(rock)
    return stack
