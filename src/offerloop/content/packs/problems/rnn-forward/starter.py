import numpy as np


def rnn_forward(xs, h0, Wx, Wh, b):
    """All hidden states h_1..h_T, shape (T, n, H), of h_t = tanh(x_t Wx + h_{t-1} Wh + b)."""
    raise NotImplementedError
