def days_until_warmer(temps):
    # Pops at most one waiting day per new day.
    wait = [0] * len(temps)
    stack = []
    for i, t in enumerate(temps):
        if stack and temps[stack[-1]] < t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
