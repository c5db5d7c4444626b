"""ML system design: the PROBLEM framework, cases and rubric feedback."""
