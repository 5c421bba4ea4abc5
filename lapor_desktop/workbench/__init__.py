"""The Qt-free application layer: what every door (window, CLI, tests) opens and calls."""
