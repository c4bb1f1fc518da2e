"""``python -m benchmarks [--quick]``: every benchmark of the project in one table."""

from benchmarks.run import main

raise SystemExit(main())
