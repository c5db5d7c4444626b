def next_greater(subset, nums):
    # Treats nums as circular: a value with nothing larger after it looks back from the start.
    answer = {}
    waiting = []
    for x in nums + nums:
        while waiting and waiting[-1] < x:
            answer.setdefault(waiting.pop(), x)
        if x not in answer:
            waiting.append(x)
    return [answer.get(v, -1) for v in subset]
