"""The Qt-free application layer: one officer profile opened the same way by every door."""
