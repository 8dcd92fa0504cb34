"""A TCP proxy on 127.0.0.1 that delays each direction, counts round trips and can cut a reply."""

from __future__ import annotations

import queue
import socket
import threading
import time
from dataclasses import dataclass


@dataclass(eq=False)
class _Link:
    client: socket.socket
    server: socket.socket
    last: str = ""  # where data last went: "up" (to the server) or "down"
    cut: bool = False  # the server's next answer is dropped with the connection
    closed: bool = False


class SlowLink:
    """Forwards 127.0.0.1:`port` to *target*, holding every chunk *delay_ms* each way.

    `round_trips` counts the times a client spoke again after the server had answered (a
    request and its reply are one round trip). `cut_next_reply()` lets the next request
    reach the server, waits for its answer and then drops the connection instead of
    delivering it: a COMMIT that was stored but never acknowledged.
    """

    def __init__(self, target: tuple[str, int], delay_ms: float = 10.0) -> None:
        self.target = target
        self.delay = delay_ms / 1000.0
        self.round_trips = 0
        self._lock = threading.Lock()
        self._links: list[_Link] = []
        self._cut_armed: bytes | bool = False
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._running = True
        threading.Thread(target=self._accept, name="slowlink", daemon=True).start()

    def cut_next_reply(self, containing: bytes = b"") -> None:
        """Drop the answer to the next request (the next one holding *containing*)."""
        with self._lock:
            self._cut_armed = containing or True

    def reset_count(self) -> int:
        """The round trips counted so far; counting starts again from zero."""
        with self._lock:
            n, self.round_trips = self.round_trips, 0
            return n

    def drop_all(self) -> None:
        """Break every open connection (the server seems gone until the next connect)."""
        with self._lock:
            links = list(self._links)
        for link in links:
            self._drop(link)

    def close(self) -> None:
        self._running = False
        self._listener.close()
        self.drop_all()

    # -- plumbing ------------------------------------------------------------------------
    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
                server = socket.create_connection(self.target)
            except OSError:
                if not self._running:
                    return
                continue
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = _Link(client, server)
            with self._lock:
                self._links.append(link)
            for up in (True, False):
                q: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
                threading.Thread(target=self._read, args=(link, up, q), daemon=True).start()
                threading.Thread(target=self._send, args=(link, up, q), daemon=True).start()

    def _read(self, link: _Link, up: bool, q: queue.Queue[tuple[float, bytes] | None]) -> None:
        src = link.client if up else link.server
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                q.put(None)
                self._drop(link)
                return
            cut = False
            with self._lock:
                if up:
                    if link.last != "up":
                        self.round_trips += 1
                    link.last = "up"
                    armed = self._cut_armed
                    if armed is True or (isinstance(armed, bytes) and armed in data):
                        self._cut_armed, link.cut = False, True
                else:
                    link.last = "down"
                    cut = link.cut  # the request got through; its answer never will
            if not up and cut:
                q.put(None)
                self._drop(link)
                return
            q.put((time.monotonic() + self.delay, data))

    def _send(self, link: _Link, up: bool, q: queue.Queue[tuple[float, bytes] | None]) -> None:
        dst = link.server if up else link.client
        while True:
            item = q.get()
            if item is None:
                return
            due, data = item
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                dst.sendall(data)
            except OSError:
                return

    def _drop(self, link: _Link) -> None:
        with self._lock:
            if link.closed:
                return
            link.closed = True
            if link in self._links:
                self._links.remove(link)
        for s in (link.client, link.server):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
