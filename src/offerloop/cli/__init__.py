"""The command line: thin Typer commands that parse, call an area, and render with Rich."""
