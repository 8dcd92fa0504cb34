"""The recording bar, the recording indicator and the playback controls (wired by the window)."""
