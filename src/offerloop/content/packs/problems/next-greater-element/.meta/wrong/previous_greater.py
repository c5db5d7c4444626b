def next_greater(subset, nums):
    # Scans from the right, so it finds the nearest larger value to the left.
    answer = {}
    waiting = []
    for x in reversed(nums):
        while waiting and waiting[-1] < x:
            answer[waiting.pop()] = x
        waiting.append(x)
    return [answer.get(v, -1) for v in subset]
