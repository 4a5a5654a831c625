"""Where kamdesk keeps its files: one frozen AppPaths, never module globals.

Everything kamdesk keeps is its owner's alone on POSIX (issue 15, secrecy at rest): client
names, notes and amounts must not be readable by another account on the laptop. The process
makes new files 0600 and folders 0700 (`keep_private`: the umask), and what an older version
left wider (a 0644 database, backups, log or settings) is narrowed when the app starts. On
Windows the user's profile folder is private already: nothing is done there.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "kamdesk"
# Shipped files (fonts, translations, templates): beside the package, in a checkout and in the
# PyInstaller bundle alike.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ENV_DATA_DIR = "KAMDESK_DATA_DIR"
# What SQLite keeps beside a database file while it is open (or after a crash).
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path
    cache: Path
    backups: Path

    @property
    def database(self) -> Path:
        return self.data / "kamdesk.sqlite"

    @property
    def demo_database(self) -> Path:
        return self.cache / "demo.sqlite"

    @property
    def templates(self) -> Path:
        """The user's own copies of the document templates: they win over the shipped ones."""
        return self.data / "templates"

    @property
    def replica_registry(self) -> Path:
        """Which database file each replica id belongs to (kamdesk.services.replica)."""
        return self.data / "replicas.json"

    @property
    def settings_file(self) -> Path:
        return self.config / "kamdesk.ini"

    @classmethod
    def from_data_dir(cls, root: Path) -> AppPaths:
        """A portable layout: everything below one folder (tests, USB-stick installs)."""
        root = root.expanduser().resolve()
        return cls(
            data=root,
            config=root / "config",
            logs=root / "logs",
            cache=root / "cache",
            backups=root / "backups",
        )

    @classmethod
    def default(cls, data_dir: Path | None = None) -> AppPaths:
        """--data-dir wins, then $KAMDESK_DATA_DIR, then the platform's user folders."""
        if data_dir is None and os.environ.get(ENV_DATA_DIR):
            data_dir = Path(os.environ[ENV_DATA_DIR])
        if data_dir is not None:
            return cls.from_data_dir(data_dir)
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(
            data=data,
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            backups=data / "backups",
        )

    def ensure(self) -> AppPaths:
        for p in (self.data, self.config, self.logs, self.cache, self.backups):
            p.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self

    def keep_private(self) -> AppPaths:
        """From now on this process makes files and folders for their owner only, and what
        kamdesk already keeps here with wider modes is narrowed (POSIX; nothing on Windows).

        Every folder that is kamdesk's alone (settings, logs, cache, backups, templates) is
        narrowed with everything in it; of the data folder, which `--data-dir` may put anywhere,
        only the folder itself and kamdesk's own files in it."""
        if os.name != "posix":
            return self
        private_umask()
        for folder in (self.config, self.logs, self.cache, self.backups, self.templates):
            narrow_tree(folder)
        for path in (self.data, self.replica_registry, *database_files(self.database)):
            narrow(path)
        narrow(self.replica_registry.with_name(self.replica_registry.name + ".tmp"))
        return self


def database_files(database: Path) -> list[Path]:
    """A database file and the files SQLite keeps beside it."""
    return [database, *(Path(str(database) + suffix) for suffix in SQLITE_SIDE_FILES)]


def private_umask() -> None:
    """Files and folders this process creates from now on: 0600 and 0700 at most (POSIX).
    Files the user exports to a folder of their choice follow it too."""
    if os.name == "posix":
        os.umask(os.umask(0o077) | 0o077)


def narrow(path: Path) -> bool:
    """Take group's and others' access to an existing file or folder away (POSIX). False when
    it is not there, is not the user's, or cannot be changed (read-only media, FAT stick)."""
    if os.name != "posix":
        return False
    try:
        st = path.stat()
        if st.st_uid != os.getuid():
            return False  # another account's file: not ours to change
        mode = stat.S_IMODE(st.st_mode)
        if mode & 0o077:
            path.chmod(mode & ~0o077)
    except OSError:
        return False
    return True


def narrow_tree(folder: Path) -> None:
    """`narrow` a folder of kamdesk's own and everything in it (links are not followed)."""
    if not narrow(folder):
        return
    for root, dirs, files in os.walk(folder):
        for name in (*dirs, *files):
            path = Path(root, name)
            if not path.is_symlink():
                narrow(path)


def private_folder(folder: Path) -> Path:
    """A folder of the user's own, made or narrowed to 0700 (POSIX). A folder of that name that
    is another account's, or a link (a shared temporary folder can hold either), is refused
    with OSError: kamdesk writes nothing into it."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "posix":
        return folder
    st = folder.lstat()
    if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid():
        raise OSError(f"{folder} belongs to another user; kamdesk does not write there.")
    if stat.S_IMODE(st.st_mode) & 0o077:
        folder.chmod(stat.S_IMODE(st.st_mode) & ~0o077)
    return folder
