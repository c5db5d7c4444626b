from itertools import product


def param_grid(grid):
    names = sorted(grid)
    for values in product(*(grid[name] for name in reversed(names))):   # the first name varies fastest
        yield dict(sorted(zip(reversed(names), values)))
