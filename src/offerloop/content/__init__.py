"""Content as data: schemas, the loader that reports every bad file, and the built-in packs."""
