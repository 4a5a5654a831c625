"""Where kamdesk keeps its files: one frozen AppPaths, never module globals."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "kamdesk"
# Shipped files (fonts, translations, templates): beside the package, in a checkout and in the
# PyInstaller bundle alike.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ENV_DATA_DIR = "KAMDESK_DATA_DIR"


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
            p.mkdir(parents=True, exist_ok=True)
        return self
