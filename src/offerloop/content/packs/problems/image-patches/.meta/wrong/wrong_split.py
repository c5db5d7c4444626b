import numpy as np


def extract_patches(image, p):
    H, W = image.shape
    # Splits each axis as (position in block, block index) instead of (block index, position).
    return image.reshape(p, H // p, p, W // p).transpose(1, 3, 0, 2).reshape(-1, p * p)
