def largest_rectangle_area(heights):
    # Measures the width from the popped index instead of from the new stack top.
    stack, best = [], 0
    for i, h in enumerate(list(heights) + [0]):
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            best = max(best, heights[top] * (i - top))
        stack.append(i)
    return best
