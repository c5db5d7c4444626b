import numpy as np


def als_update_users(R, Q, reg):
    """Per user: ridge solve over the items they rated, (Q_u^T Q_u + reg I) p = Q_u^T r_u; zeros for users without ratings."""
    raise NotImplementedError
