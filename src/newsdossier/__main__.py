"""Allow `python -m newsdossier`."""
import sys

from .cli import main

sys.exit(main())
