def averager():
    previous = None
    count = 0
    mean = None
    while True:
        value = yield mean
        if value is None:
            return count, mean
        count += 1
        # the mean of the last two values, not of all of them
        mean = float(value) if previous is None else (previous + value) / 2
        previous = value
