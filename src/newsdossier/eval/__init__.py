"""Evaluation tasks: `newsdossier eval TASK --data DIR`."""
