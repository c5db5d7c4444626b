def start_station(gas, cost):
    total = tank = start = 0
    for i in range(len(gas)):
        d = gas[i] - cost[i]
        total += d
        tank += d
        if tank < 0:
            start, tank = i + 1, 0
    return start if total >= 0 else -1
