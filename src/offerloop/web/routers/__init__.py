"""One router per area. A module named after an area's slug makes that area live in the navigation."""
