def averager():
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        if value is None:
            return count, mean
        total += value
        count += 1
        mean = total / count
