# Written differently: no itertools; recursion over the sorted names, prefix first.
def param_grid(grid):
    names = sorted(grid)

    def build(i, chosen):
        if i == len(names):
            yield dict(chosen)
            return
        for value in grid[names[i]]:
            yield from build(i + 1, chosen + [(names[i], value)])

    yield from build(0, [])
