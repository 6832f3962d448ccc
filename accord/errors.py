"""Errors that library code raises; only the CLI turns them into exit codes."""


class AccordError(Exception):
    """Base class: a message a user can act on."""


class InputError(AccordError):
    """An input that cannot be analysed: names the input, says what is wrong."""

    def __init__(self, input: str, message: str, line: int | None = None):
        self.input = input
        self.message = message
        self.line = line
        where = f"{input}:{line}" if line is not None else input
        super().__init__(f"{where}: {message}")

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"input": self.input, "message": self.message}
        if self.line is not None:
            out["line"] = self.line
        return out
