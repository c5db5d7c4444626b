"""ML theory: the card bank, FSRS scheduling and feedback on typed answers."""
