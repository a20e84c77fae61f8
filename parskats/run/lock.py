"""One run at a time per warehouse: a lock file holding the running process's PID.

The kernel lock (fcntl.flock) on the file is what excludes a second run; it disappears with the
process, so a run killed with kill -9 never blocks the next one. The PID written in the file names
the holder in the "busy" message and, when the lock is free but the file names a PID that is no
longer running, the takeover is reported as a stale lock. The file is opened with O_NOFOLLOW and
must be a regular file: a link planted where the lock goes (to make a run truncate its target) or a
FIFO is refused (`LockRefused`), and its target is never opened. Does not know what the run does.
"""
from __future__ import annotations

import errno
import fcntl
import os
import stat
import time
from pathlib import Path

EXIT_BUSY = 3


class LockBusy(RuntimeError):
    """Another live process holds the lock."""

    def __init__(self, path: Path, holder: str):
        super().__init__(f"another parskats run is in progress ({holder}); lock file {path}. "
                         f"Try again when it has finished.")
        self.path, self.holder = path, holder


class LockRefused(RuntimeError):
    """The lock path is not a lock file parskats can own (a link, a folder, a FIFO...) or cannot be
    created (read-only folder, full disk); the message is one line."""


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_holder(path: Path) -> tuple[int | None, str]:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None, ""
    try:
        text = os.read(fd, 200).decode("utf-8", "replace").strip()
    except OSError:
        return None, ""
    finally:
        os.close(fd)
    first = text.split()[0] if text else ""
    return (int(first) if first.isdigit() else None), text


class RunLock:
    """Context manager: `with RunLock(path) as lock:`; `lock.stale_pid` is set after a takeover."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.stale_pid: int | None = None
        self._fd: int | None = None

    def acquire(self) -> "RunLock":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise LockRefused(f"the lock file {self.path} is a symbolic link; parskats will not open it "
                                  f"(remove it if you did not put it there)") from None
            raise LockRefused(f"cannot create the lock file {self.path}: {exc.strerror or exc}") from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise LockRefused(f"the lock file {self.path} is not a regular file; parskats will not use it")
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            pid, text = _read_holder(self.path)
            raise LockBusy(self.path, f"PID {pid}, {text.partition(' ')[2] or 'started at an unknown time'}"
                           if pid else "holder unknown") from None
        pid, _ = _read_holder(self.path)
        if pid is not None and pid != os.getpid() and not pid_alive(pid):
            self.stale_pid = pid
        elif pid is not None and pid != os.getpid():
            # the named process is alive but does not hold the lock: the PID was reused; still stale
            self.stale_pid = pid
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} started {time.strftime('%Y-%m-%dT%H:%M:%S')}\n".encode(), 0)
            os.fsync(fd)
        except OSError as exc:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
            self.path.unlink(missing_ok=True)
            raise LockRefused(f"cannot write the lock file {self.path}: {exc.strerror or exc}") from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            if self._is_ours():
                self.path.unlink(missing_ok=True)
        except OSError:
            pass
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def _is_ours(self) -> bool:
        """The path still names the file this lock holds open (not something put there since)."""
        try:
            on_disk, held = os.lstat(self.path), os.fstat(self._fd)
        except OSError:
            return False
        return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def lock_path(published: Path) -> Path:
    return Path(published).with_name(Path(published).stem + ".lock")
