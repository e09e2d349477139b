"""A fake OpenAI-compatible chat-completions server on loopback, scripted reply by reply.

Each request to `POST /v1/chat/completions` takes the next scripted reply: a normal completion (with
usage), a tool call (optionally with malformed JSON arguments), an HTTP error with headers (429 with
Retry-After, 500, 401, 400), or a slow reply that waits until the client has given up. Bounded: the
slow reply waits on an event that `stop()` sets, never longer than `max_hold_s`.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class ScriptedReply:
    status: int = 200
    body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    hold: bool = False  # keep the client waiting (a slow server)


def completion_body(
    *, content: str | None = None, tool_calls: list[dict[str, Any]] | None = None, usage: tuple[int, int] = (50, 10)
) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "fake-model",
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop"}],
        "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)},
    }


def error_body(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


class FakeOpenAIServer:
    def __init__(self, *, max_hold_s: float = 5.0) -> None:
        self._script: deque[ScriptedReply] = deque()
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._max_hold_s = max_hold_s
        self.requests: list[dict[str, Any]] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- scripting ---------------------------------------------------------------------
    def reply_text(self, text: str, *, usage: tuple[int, int] = (50, 10)) -> FakeOpenAIServer:
        return self._push(ScriptedReply(body=completion_body(content=text, usage=usage)))

    def reply_tool_call(self, name: str, arguments: dict[str, Any] | str, *, usage: tuple[int, int] = (40, 8)) -> FakeOpenAIServer:
        raw = arguments if isinstance(arguments, str) else json.dumps(arguments)
        call = {"id": f"call_{len(self._script)}", "type": "function", "function": {"name": name, "arguments": raw}}
        return self._push(ScriptedReply(body=completion_body(tool_calls=[call], usage=usage)))

    def reply_error(self, status: int, *, headers: dict[str, str] | None = None, message: str = "scripted error") -> FakeOpenAIServer:
        kinds = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_error"}
        return self._push(ScriptedReply(status=status, body=error_body(message, kinds.get(status, "server_error")), headers=headers or {}))

    def reply_slowly(self) -> FakeOpenAIServer:
        return self._push(ScriptedReply(body=completion_body(content="too late"), hold=True))

    def _push(self, reply: ScriptedReply) -> FakeOpenAIServer:
        with self._lock:
            self._script.append(reply)
        return self

    def _next(self, request: dict[str, Any]) -> ScriptedReply:
        with self._lock:
            self.requests.append(request)
            if self._script:
                return self._script.popleft()
        return ScriptedReply(status=500, body=error_body("the fake server's script ran out", "server_error"))

    @property
    def request_count(self) -> int:
        return len(self.requests)

    # --- lifecycle ---------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        assert self._server is not None, "start the server first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAIServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _handler_for(fake: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            return

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b"{}"
            try:
                payload = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                payload = {"unparsable": raw.decode("utf-8", "replace")}
            request = {"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "json": payload}
            reply = fake._next(request)
            if reply.hold:
                fake._release.wait(timeout=fake._max_hold_s)
            body = json.dumps(reply.body).encode("utf-8")
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

    return Handler
