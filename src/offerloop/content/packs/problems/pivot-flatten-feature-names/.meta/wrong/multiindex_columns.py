def event_features(events):
    return events.groupby(["user", "event_type"])["value"].agg(["count", "sum"]).unstack(fill_value=0)
