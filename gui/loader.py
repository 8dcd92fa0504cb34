"""Loading SQLAlchemy and the services beside the window, and waiting for them when needed.

Importing the ORM, the models and the services costs about a quarter of a second, more than
showing the window itself; start-up (gui/app.py) therefore shows the window with the newest
meetings read by core.storage.glance and lets this thread finish opening the database. Anything that
needs the services before then simply waits for the thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from core.errors import BienBanError, StorageError

# Seconds (Python's default is 0.005).
SWITCH_INTERVAL = 0.001
FALLBACK_MS = 300  # start anyway if the window was not painted by then (e.g. minimized)

if TYPE_CHECKING:
    from core.storage.glance import Glance
    from core.storage.startup import OpenDatabase


class ServicesLoader(QObject):
    """Runs *work* in a thread; `finished` arrives in the GUI thread when it has ended."""

    finished = Signal()

    def __init__(self, work: Callable[[], OpenDatabase], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._result: OpenDatabase | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bienban-open", daemon=True)
        self._painted: QObject | None = None

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def start_after_paint(self, widget: QWidget) -> None:
        """Start once *widget* has been painted: the first paint, uncontended for the GIL,
        is what the secretary sees first."""
        self._painted = widget
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self.start)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._painted and event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.start)
        return False

    def _run(self) -> None:
        # Importing is pure Python holding the GIL; handing it over more often keeps the
        # window answering (painting needs it for every call into Python) while this runs.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        try:
            self._result = self._work()
        except BaseException as exc:  # handed to whoever waits, in the GUI thread
            self._error = exc
        finally:
            sys.setswitchinterval(interval)
        # Emitted from this thread: Qt queues it to the loader's own (GUI) thread.
        self.finished.emit()

    @property
    def done(self) -> bool:
        """Opening has succeeded or failed (set before `finished` is emitted)."""
        return self._result is not None or self._error is not None

    @property
    def error(self) -> BienBanError | None:
        """What went wrong, in words a secretary can read; None while loading or after."""
        if self._error is None:
            return None
        if isinstance(self._error, BienBanError):
            return self._error
        return StorageError(
            f"Không mở được cơ sở dữ liệu / The database could not be opened: {self._error}"
        )

    def wait_quietly(self) -> OpenDatabase | None:
        """The opened database, waiting for the thread if it is still at work; None if
        opening failed."""
        self.start()
        self._thread.join()
        return self._result

    def wait(self) -> OpenDatabase:
        """As wait_quietly(), but a failure is raised, in words (see `error`)."""
        result = self.wait_quietly()
        if result is None:
            raise self.error or StorageError("Không mở được cơ sở dữ liệu. / Could not open.")
        return result


class DeferredServices:
    """Stands in for core.services.Services while the loader works: any use waits for it."""

    def __init__(self, loader: ServicesLoader) -> None:
        self._loader = loader

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader.wait().services, name)


def is_loaded(services: object) -> bool:
    """Whether *services* can be used without waiting for the loader."""
    return not isinstance(services, DeferredServices) or services._loader.done


@dataclass
class Loading:
    """What the window needs while the services load: the loader, the glance, the name."""

    loader: ServicesLoader
    glance: Glance
    display: str
