def point_in_time_join(events, snapshots):
    """For each [entity, time] event, the value of that entity's latest snapshot strictly before time (NaN if none)."""
    raise NotImplementedError
