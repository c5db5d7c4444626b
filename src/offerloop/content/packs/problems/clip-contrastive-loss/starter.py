import numpy as np


def clip_loss(image_emb, text_emb, temperature=0.07):
    """Mean of image->text and text->image cross-entropies over cosine-similarity logits / temperature."""
    raise NotImplementedError
