"""Offers and negotiation: total compensation, comparison, market, scripts."""
