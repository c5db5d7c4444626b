import numpy as np


def extract_patches(image, p):
    H, W = image.shape
    # Each block is flattened column by column.
    return image.reshape(H // p, p, W // p, p).transpose(0, 2, 3, 1).reshape(-1, p * p)
