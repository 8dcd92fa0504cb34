"""File > Settings: the interface language, applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import (
    LANGUAGES,
    SETTINGS_KEY,
    chosen_language,
    save_language,
    system_language,
    ui_language,
)

# Each language named in itself, so whoever cannot read the current one still finds theirs.
NATIVE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class SettingsDialog(QDialog):
    """Only the language for now; more settings can join the form."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Cài đặt"))
        self.language = QComboBox()
        self.language.addItem(
            self.tr("Theo hệ thống (%1)").replace("%1", NATIVE_NAMES[system_language()]), ""
        )
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        saved = settings.value(SETTINGS_KEY, "")
        self.language.setCurrentIndex(max(0, self.language.findData(saved or "")))
        self.initial = ui_language()

        form = QFormLayout()
        form.addRow(self.tr("&Ngôn ngữ giao diện:"), self.language)
        note = QLabel(self.tr("Ngôn ngữ mới được áp dụng khi mở lại BienBan."))
        note.setObjectName("restartNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        code = self.language.currentData()
        if code:
            save_language(self.settings, code)
        else:  # follow the system again
            self.settings.remove(SETTINGS_KEY)
            self.settings.sync()
        super().accept()

    def needs_restart(self) -> bool:
        """True when the language chosen differs from the one the window shows."""
        return chosen_language(self.settings) != self.initial
