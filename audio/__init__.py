"""Meeting recordings: capture, crash-safe storage, timeline, playback and clips (no Qt)."""
