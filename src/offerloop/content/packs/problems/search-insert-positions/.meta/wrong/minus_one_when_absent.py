def search_insert(nums, targets):
    # Returns -1 for a missing target instead of its insert position.
    where = {x: i for i, x in enumerate(nums)}
    return [where.get(t, -1) for t in targets]
