"""Data of the resume area: the skills taxonomy and the action verbs (a package so the files ship in the wheel)."""
