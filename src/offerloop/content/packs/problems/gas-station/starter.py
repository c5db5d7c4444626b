def start_station(gas, cost):
    """Index of the one station from which a full loop is possible, or -1."""
    raise NotImplementedError
