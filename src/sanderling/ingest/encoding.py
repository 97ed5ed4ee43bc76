"""Bytes → text. UTF-8 (with or without BOM) first, then UTF-16 with a BOM, then cp1252 and
Latin-1, the encodings French newsroom files actually arrive in."""

from __future__ import annotations

from sanderling.errors import BinaryInputError, EmptyInputError, InputError

MAX_ARTICLE_BYTES = 5_000_000  # one article; a larger file is refused, not truncated


def decode(data: bytes, source: str, *, line: int | None = None) -> str:
    """Decode one article's bytes, or raise an :class:`InputError` saying why not."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(source, f"too large: {len(data)} bytes (limit {MAX_ARTICLE_BYTES} per article)", line=line)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise BinaryInputError(source, f"invalid UTF-16: {e.reason}", line=line) from e
    else:
        if b"\x00" in data:
            raise BinaryInputError(source, "binary file (contains NUL bytes), not text", line=line)
        text = _decode_8bit(data)
    if _control_ratio(text) > 0.05:
        raise BinaryInputError(source, "binary file (too many control characters), not text", line=line)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(source, "empty: no text", line=line)
    return text


def _decode_8bit(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0)
    return bad / len(text)
