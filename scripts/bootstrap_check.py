"""Fail early and clearly when the machine's Python cannot build kamdesk's environment."""

import sys

if sys.version_info < (3, 11):  # noqa: UP036 - runs on whatever python3 the machine has
    sys.exit(
        f"kamdesk needs Python 3.11 or newer; this is {sys.version.split()[0]}. "
        "Install python3.11 (or newer) and run `make PYTHON=python3.11 ...`."
    )
try:
    import ensurepip  # noqa: F401
    import venv  # noqa: F401
except ImportError:
    sys.exit("Python's venv module is missing. On Debian/Ubuntu: apt-get install python3-venv")
