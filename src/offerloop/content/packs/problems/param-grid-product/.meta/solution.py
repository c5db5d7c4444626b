from itertools import product


def param_grid(grid):
    names = sorted(grid)
    for values in product(*(grid[name] for name in names)):
        yield dict(zip(names, values))
