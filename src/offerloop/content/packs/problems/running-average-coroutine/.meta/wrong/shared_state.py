_state = {"total": 0, "count": 0}


def averager():
    mean = None
    while True:
        value = yield mean
        if value is None:
            return _state["count"], mean
        _state["total"] += value   # every averager adds into the same totals
        _state["count"] += 1
        mean = _state["total"] / _state["count"]
