"""Load test of the reference server (python -m tests.bench.load)."""
