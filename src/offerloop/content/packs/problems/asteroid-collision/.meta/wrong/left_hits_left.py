def survivors(sizes):
    stack = []
    for rock in sizes:
        alive = True
        # treats any opposite signs as a collision, even a left-drifter before a right-drifter
        while alive and stack and (stack[-1] > 0) != (rock > 0):
            if abs(stack[-1]) < abs(rock):
                stack.pop()
            elif abs(stack[-1]) == abs(rock):
                stack.pop()
                alive = False
            else:
                alive = False
        if alive:
            stack.append(rock)
    return stack
