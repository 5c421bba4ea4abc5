"""The benchmark suite of issue 18: ``python -m tests.bench [--quick] [--only P2] [--profile P2]``.

Every measure runs with its baseline (the best this machine can do for the same result)
interleaved in the same run, reports the median of several rounds, the ratio and the goal.
pytest does not collect this folder (``norecursedirs``): no timing is ever asserted in a test.
"""
