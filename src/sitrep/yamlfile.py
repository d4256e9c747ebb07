"""YAML for sitrep's data files: PyYAML's safe loader, but a key given twice in one mapping
is an error (PyYAML keeps the last silently, which once dropped half of a cue list)."""

from __future__ import annotations

import yaml
from yaml.constructor import ConstructorError


class _UniqueKeyLoader(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ConstructorError(None, None, f"duplicate key {key!r}",
                                       key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load(text: str) -> object:
    """Parse YAML `text` as `yaml.safe_load` does; a duplicate key raises yaml.YAMLError."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader subclass)
