def start_station(gas, cost):
    total = tank = start = 0
    for i in range(len(gas)):
        total += gas[i] - cost[i]
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i, 0   # restarts at the station where it ran dry
    return start if total >= 0 else -1
