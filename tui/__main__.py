from tui.cli import main

if __name__ == "__main__":  # guarded: a spawned analysis process imports the main module
    raise SystemExit(main())
