"""The cue files load, validate against their schemas, and bad files are reported by name."""

from __future__ import annotations

import pytest

from sitrep.coding import cues as cues_mod
from sitrep.errors import BadConfig


def test_builtin_cues_load():
    c = cues_mod.load_cues()
    assert "accuse" in c.modality["alleged"].governing_verbs
    assert "will" in c.modality["planned"].auxiliaries
    assert "say" in c.reporting_verbs
    assert ("according", "to") in c.source_prepositions
    assert c.date_calendar["last week"] == ("week", -1, "all")


def test_bad_cue_file_names_the_file(monkeypatch, tmp_path):
    real = cues_mod.resources.files

    class Fake:
        def __init__(self, base):
            self.base = base

        def __truediv__(self, part):
            if part == "modality.yaml":
                bad = tmp_path / "modality.yaml"
                bad.write_text("version: 1\nmodalities: {alleged: {}}\noverriding: []\n")
                return bad
            return Fake(self.base / part)

        def read_text(self, enc):
            return self.base.read_text(enc)

    monkeypatch.setattr(cues_mod.resources, "files", lambda pkg: Fake(real(pkg)))
    with pytest.raises(BadConfig) as info:
        cues_mod.read_data_file("cues", "modality.yaml", "cues_modality.schema.json")
    assert "modality.yaml" in info.value.line()
    assert info.value.code == "E202"


def test_a_key_given_twice_is_an_error():
    # PyYAML keeps the last of two equal keys silently; a data file must not lose a list so
    import yaml

    from sitrep import yamlfile

    with pytest.raises(yaml.YAMLError) as info:
        yamlfile.load("version: 1\nwords: [a, b]\nwords: [c]\n")
    assert "duplicate key 'words'" in str(info.value)
    assert yamlfile.load("version: 1\nwords: [a, b]\n") == {"version": 1, "words": ["a", "b"]}


def test_the_two_backer_lists_are_both_read():
    # "backing_participles" (hyphen compounds: "military-led government") and
    # "sponsoring_participles" ("US-backed forces" are not the US acting) are two lists
    roles = cues_mod.load_cues().roles
    assert {"led", "dominated"} <= roles.backing_participles
    assert {"funded", "trained"} <= roles.sponsoring_participles
