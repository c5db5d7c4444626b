"""Tables of this area (none yet)."""
