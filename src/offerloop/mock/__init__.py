"""Mock interview loops drawing from every bank, with a scorecard."""
