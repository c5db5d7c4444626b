import numpy as np


def bm25_scores(query, docs, k1=1.5, b=0.75):
    """Okapi BM25 score of each document for the query (Lucene idf, query tokens counted with repetition)."""
    raise NotImplementedError
