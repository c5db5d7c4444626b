import numpy as np


def rnn_forward(xs, h0, Wx, Wh, b):
    # Collects the state before each update: h0..h_{T-1}.
    h, out = h0, []
    for x in xs:
        out.append(h)
        h = np.tanh(x @ Wx + h @ Wh + b)
    return np.stack(out)
