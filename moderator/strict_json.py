"""JSON as other readers take it. Python's json reads NaN, Infinity and -Infinity, which no JSON reader
downstream does (a browser, jq, PostgreSQL): echoed back or stored, they would make invalid JSON."""

import json


def _reject_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def loads(text: str):
    """json.loads, refusing NaN and Infinity with a ValueError that names them (json.JSONDecodeError, also a
    ValueError, for malformed text; RecursionError for text nested too deeply)."""
    return json.loads(text, parse_constant=_reject_constant)
