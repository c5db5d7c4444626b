def start_station(gas, cost):
    # Start just after the lowest point of the running surplus: from there every partial sum is >= 0.
    running, lowest, where = 0, 0, 0
    for i, (g, c) in enumerate(zip(gas, cost)):
        running += g - c
        if running < lowest:
            lowest, where = running, i + 1
    return where % len(gas) if running >= 0 else -1
