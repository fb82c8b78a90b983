"""The one settings object: defaults, overrides from a file and from flags, clear errors, `use()` scoping."""

from __future__ import annotations

import pytest

from newsdossier import config


def test_override_coerces_and_leaves_defaults_alone():
    s = config.override(config.DEFAULTS, config.parse_assignments(["claims.threshold=0.6", "ingest.follow_symlinks=yes"]))
    assert s.claims.threshold == 0.6 and s.ingest.follow_symlinks is True
    assert config.DEFAULTS.claims.threshold == 0.5 and config.DEFAULTS.ingest.follow_symlinks is False


@pytest.mark.parametrize("item, message", [
    ("nosuch.x=1", "unknown settings section"),
    ("claims.nosuch=1", "unknown setting claims.nosuch"),
    ("claims.threshold=high", "expected float"),
    ("claims.threshold", "expected section.key=value"),
])
def test_bad_overrides_are_clear_errors(item, message):
    with pytest.raises(config.SettingsError, match=message):
        config.override(config.DEFAULTS, config.parse_assignments([item]))


def test_load_toml_and_json(tmp_path):
    t = tmp_path / "s.toml"
    t.write_text("[summary]\nwords = 80\n", encoding="utf-8")
    assert config.load(t).summary.words == 80
    j = tmp_path / "s.json"
    j.write_text('{"clean": {"threshold": 0.7}}', encoding="utf-8")
    assert config.load(j).clean.threshold == 0.7
    bad = tmp_path / "bad.toml"
    bad.write_text("[summary\n", encoding="utf-8")
    with pytest.raises(config.SettingsError, match="not valid TOML"):
        config.load(bad)


def test_use_scopes_the_current_settings():
    s = config.override(config.DEFAULTS, {"summary": {"words": 33}})
    assert config.current() is config.DEFAULTS
    with config.use(s):
        assert config.current().summary.words == 33
    assert config.current() is config.DEFAULTS
