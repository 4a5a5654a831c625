"""The floor: a bare PySide6 script that shows an empty QMainWindow and waits for its paint."""

import sys
import time

t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()


class FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
print(f"bare window painted in {(time.perf_counter() - t0) * 1000:.0f} ms")
