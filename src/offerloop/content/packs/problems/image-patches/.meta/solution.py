import numpy as np


def extract_patches(image, p):
    a = np.asarray(image)
    H, W = a.shape
    # (block_row, row_in_block, block_col, col_in_block) -> block axes first.
    return a.reshape(H // p, p, W // p, p).transpose(0, 2, 1, 3).reshape(-1, p * p)
