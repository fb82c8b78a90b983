"""English: the reference language; it defines every concept (see `newsdossier.lang`)."""
