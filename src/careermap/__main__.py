"""Run the command line as ``python -m careermap``."""

from careermap.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
