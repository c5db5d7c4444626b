import sys

from offerloop.hosting import main

sys.exit(main())
