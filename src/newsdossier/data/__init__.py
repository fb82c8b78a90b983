"""General linguistic resources (lexicons), kept apart from code."""
