def largest_rectangle_area(heights):
    stack, best = [], 0
    for i, h in enumerate(list(heights) + [0]):
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            left = stack[-1] if stack else -1
            area = heights[top] * (i - left - 1)
            if area > best:
                best = area
        stack.append(i)
    return best
