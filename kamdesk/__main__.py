import sys

from kamdesk.cli import main

sys.exit(main())
