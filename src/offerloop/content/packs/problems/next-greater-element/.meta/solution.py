def next_greater(subset, nums):
    answer = {}
    waiting = []  # values with no larger value seen yet, decreasing from bottom to top
    for x in nums:
        while waiting and waiting[-1] < x:
            answer[waiting.pop()] = x
        waiting.append(x)
    return [answer.get(v, -1) for v in subset]
