from itertools import product


def param_grid(grid):
    if not grid:
        return   # an empty grid yields nothing instead of one empty dict
    names = sorted(grid)
    for values in product(*(grid[name] for name in names)):
        yield dict(zip(names, values))
