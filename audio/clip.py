"""A clip of the recording around an entry, as a WAV file to send or to check a quotation."""

from __future__ import annotations

import io
import os
from pathlib import Path

from audio import timeline as tl
from audio.errors import AudioError, NoRecordingError
from audio.store import AudioStore

LIMIT_S = 3600.0


def write_entry_clip(
    store: AudioStore,
    uid: str,
    audio_ms: int | None,
    out: str | Path,
    *,
    before: float = 5.0,
    after: float = 60.0,
) -> tuple[Path, float]:
    """Write [entry - before, entry + after] (gaps silent, cut at the recording's ends)."""
    import soundfile as sf

    if audio_ms is None:
        raise NoRecordingError()
    if not (0 <= before <= LIMIT_S and 0 < after <= LIMIT_S):
        raise AudioError(
            "--before và --after phải từ 0 đến 3600 giây. / --before and --after must be"
            " between 0 and 3600 seconds."
        )
    timeline = store.timeline(uid)
    start = max(0, audio_ms - int(before * 1000))
    end = min(audio_ms + int(after * 1000), timeline.end_ms)
    first = timeline.next_audio(start)
    if first is None or first >= end:
        where = f" {store.local_only_notice()}" if store.local_only else ""
        raise AudioError(
            f"Không tìm thấy ghi âm của mục này trong {store.root}. / No recording of this"
            f" entry was found in {store.root}.{where}"
        )
    samples = timeline.read(start, end)
    buf = io.BytesIO()
    sf.write(buf, samples, tl.RATE, format="WAV", subtype="PCM_16")
    target = Path(out)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(buf.getvalue())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AudioError(
            f"Không ghi được {target}: {exc.strerror or exc} / Cannot write {target}."
        ) from exc
    return target, len(samples) / tl.RATE
