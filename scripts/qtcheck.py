"""Check that Qt can load here; name the Debian packages a bare machine lacks."""

import subprocess
import sys

DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libfreetype.so.6": "libfreetype6",
}

try:
    from PySide6 import QtGui, QtWidgets  # noqa: F401
except ImportError as exc:
    text = str(exc)
    missing = [pkg for lib, pkg in DEBIAN_PACKAGES.items() if lib in text]
    if not missing:
        # ldd tells us every missing library at once, not just the first one
        import PySide6

        lib = next(
            iter(__import__("pathlib").Path(PySide6.__file__).parent.glob("Qt/lib/libQt6Gui.so*")),
            None,
        )
        if lib is not None:
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
            missing = [
                pkg for name, pkg in DEBIAN_PACKAGES.items() if f"{name} => not found" in out
            ]
    sys.exit(
        "Qt cannot start on this machine: "
        + text
        + "\n"
        + (
            "Install the missing system libraries: sudo apt-get install " + " ".join(missing)
            if missing
            else "Install Qt's system libraries: sudo apt-get install "
            + " ".join(sorted(set(DEBIAN_PACKAGES.values())))
        )
    )
