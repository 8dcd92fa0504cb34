"""The note a recorded meeting carries in its other information (pure text, no Qt)."""

from __future__ import annotations

NOTE_VI = "Buổi họp có ghi âm."
NOTE_EN = "The meeting was audio-recorded."


def with_recording_note(other_info: str, english: bool = False) -> str:
    """*other_info* with the recording note added on a line of its own, unless already there.

    Called once, when the meeting's first recording starts (Recorder.start() returned
    True): a note the secretary removes afterwards is not added back.
    """
    note = NOTE_EN if english else NOTE_VI
    if note.rstrip(".").casefold() in other_info.casefold():
        return other_info
    text = other_info.rstrip()
    return f"{text}\n{note}" if text else note
