from itertools import product


def param_grid(grid):
    names = list(grid)   # the order the dict was written in
    for values in product(*(grid[name] for name in names)):
        yield dict(zip(names, values))
