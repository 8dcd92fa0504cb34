"""The Proceedings tab: live capture of what is said during the meeting."""
