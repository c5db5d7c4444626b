"""The labelled corpus the resume agreement report runs over (a package so the files ship in the wheel)."""
