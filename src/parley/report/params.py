"""The report's parameters, validated in one place: by the CLI before a kernel starts, and by
the notebook itself. Light to import, so `parley render` can check them (and skip) quickly."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from parley.config import DEFAULT_TITLE, MAX_FIELD_CHARS, MAX_YAML_BYTES
from parley.errors import ParleyError
from parley.inputs import IsoDate, error_text, read_yaml


def _event_types(value: Any) -> Any:
    # "prisoner_exchange,negotiation_round" as typed after -p, or a YAML list.
    if value is None:
        return None
    from parley.mentions.extract import (
        EVENT_TYPES,  # only when types are given: skipping a render stays quick
    )

    names = [v.strip() for v in value.split(",")] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError(f"{value!r} is not a list of event types")
    unknown = [n for n in names if n not in EVENT_TYPES]
    if unknown:
        raise ValueError(f"unknown event type '{unknown[0]}' (known: {', '.join(EVENT_TYPES)})")
    return [n for n in EVENT_TYPES if n in names]


EventTypes = Annotated[list[str] | None, BeforeValidator(_event_types)]


def _no_corrections(value: Any) -> Any:
    # As the README says: `None` (as typed after -p) or nothing means no corrections file.
    return None if isinstance(value, str) and value.strip() in ("", "None") else value


def _some_articles(value: Any) -> Any:
    # An empty path would be the project root itself, and its README read as an article.
    if isinstance(value, str) and not value.strip():
        raise ValueError("empty; name a folder, file or glob of articles")
    return value


class Parameters(BaseModel):
    """The report's parameters; the notebook's `parameters` cell mirrors these defaults."""

    model_config = ConfigDict(extra="forbid", strict=False)

    articles: Annotated[str, BeforeValidator(_some_articles)] = "data/articles"
    start: IsoDate = None
    end: IsoDate = None
    title: Annotated[str, Field(max_length=MAX_FIELD_CHARS)] = DEFAULT_TITLE
    as_of: IsoDate = None
    types: EventTypes = None
    corrections: Annotated[str | None, BeforeValidator(_no_corrections)] = "data/corrections.yaml"
    # A previous render's event ids (`.NAME.seen.json`), for what is new; `parley render` sets it.
    seen: str | None = None

    @model_validator(mode="after")
    def _window(self) -> Parameters:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")
        return self


def parse_parameters(values: dict[str, Any], origin: str | None = None) -> Parameters:
    """Validated parameters, or a one-line ParleyError naming the parameter (and the params
    file, `origin`, it came from) and the problem."""
    where = f"{origin}: " if origin else ""
    known = list(Parameters.model_fields)
    for name in values:
        if name not in known:
            raise ParleyError(f"{where}unknown parameter '{name}' (known: {', '.join(known)})")
    for name in ("articles", "title", "corrections"):
        if (
            name in values
            and not isinstance(values[name], str)
            and not (name == "corrections" and values[name] is None)
        ):
            raise ParleyError(f"{where}parameter '{name}' must be text, not {values[name]!r}")
    try:
        return Parameters.model_validate(values)
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        message = error_text(first)
        # The window check spans two fields; it reads best reported against `start`.
        raise ParleyError(f"{where}parameter '{name or 'start'}': {message}") from None


def load_params_file(path: Path) -> dict[str, Any]:
    """A params file's values (validated later, by name, like every other parameter)."""
    loaded = read_yaml(path, "params file", MAX_YAML_BYTES)[1]
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ParleyError(f"{path}: params file must hold 'name: value' lines")
    return loaded
