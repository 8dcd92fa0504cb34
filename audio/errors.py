"""Recording and playback faults, each with the bilingual message the window shows."""

from __future__ import annotations

from core.errors import BienBanError


class AudioError(BienBanError):
    """Base of every fault of the audio layer; the text capture is never affected by one."""


class BackendMissingError(AudioError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Không dùng được âm thanh: thiếu thư viện PortAudio (trên Linux: cài libportaudio2)."
            f" / Sound is unavailable: the PortAudio library is missing (on Linux: install"
            f" libportaudio2).{(' ' + detail) if detail else ''}"
        )


class NoDeviceError(AudioError):
    def __init__(self) -> None:
        super().__init__(
            "Không tìm thấy micrô nào. Hãy cắm micrô rồi bấm Ghi âm lại; việc ghi chép vẫn tiếp"
            " tục bình thường. / No microphone was found. Plug one in and press Record again;"
            " note-taking goes on as usual."
        )


class DeviceBusyError(AudioError):
    def __init__(self, name: str = "") -> None:
        what = f" ({name})" if name else ""
        super().__init__(
            f"Micrô{what} đang được chương trình khác dùng. Hãy đóng chương trình đó hoặc chọn"
            f" micrô khác. / The microphone{what} is in use by another program. Close that"
            f" program or choose another microphone."
        )


class DeviceLostError(AudioError):
    def __init__(self, name: str = "") -> None:
        what = f" ({name})" if name else ""
        super().__init__(
            f"Mất kết nối với micrô{what}. Ghi âm sẽ tự tiếp tục khi micrô được cắm lại; đoạn"
            f" trống được đánh dấu. / The microphone{what} was disconnected. Recording resumes"
            f" by itself when it is back; the gap is marked."
        )


class DiskFullError(AudioError):
    def __init__(self, folder: str = "") -> None:
        super().__init__(
            f"Đĩa đầy: tạm ngừng lưu ghi âm ({folder}); nội dung ghi chép vẫn được lưu. Hãy giải"
            f" phóng dung lượng, ghi âm sẽ tự tiếp tục. / The disk is full: the recording is not"
            f" being saved ({folder}); the minutes are still saved. Free some space and the"
            f" recording resumes by itself."
        )


class ReadOnlyAudioError(AudioError):
    def __init__(self) -> None:
        super().__init__(
            "Biên bản đã chốt: bản ghi âm chỉ được nghe, không ghi thêm. / The minutes are"
            " finalized: their recording can be played but not added to."
        )


class NoRecordingError(AudioError):
    def __init__(self) -> None:
        super().__init__(
            "Mục này không có ghi âm (được ghi khi không thu âm). / This entry has no recording"
            " (it was written while nothing was being recorded)."
        )
