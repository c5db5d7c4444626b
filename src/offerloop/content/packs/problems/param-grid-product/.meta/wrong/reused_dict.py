from itertools import product


def param_grid(grid):
    names = sorted(grid)
    current = {}
    for values in product(*(grid[name] for name in names)):
        current.update(zip(names, values))   # the same dict every time
        yield current
