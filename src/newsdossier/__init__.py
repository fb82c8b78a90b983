"""newsdossier: turn a pile of news reports about one story into a checkable dossier, offline."""

__version__ = "0.1.0"
SCHEMA = "newsdossier/dossier@2"
INDEX_SCHEMA = "newsdossier/index@1"
