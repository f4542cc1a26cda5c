import sys

if __name__ == "__main__":  # worker processes (spawn) import this module too
    from crosscheck.cli import main

    sys.exit(main())
