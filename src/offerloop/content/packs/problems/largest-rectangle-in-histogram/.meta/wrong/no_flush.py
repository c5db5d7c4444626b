def largest_rectangle_area(heights):
    # Forgets to empty the stack at the end, so rising runs are never measured.
    stack, best = [], 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            left = stack[-1] if stack else -1
            best = max(best, heights[top] * (i - left - 1))
        stack.append(i)
    return best
