def start_station(gas, cost):
    if sum(gas) < sum(cost):
        return -1
    # Starts where the single-station surplus is biggest.
    return max(range(len(gas)), key=lambda i: gas[i] - cost[i])
