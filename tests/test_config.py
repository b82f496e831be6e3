import pytest

from pipeline.config import RunConfig, load_config, parse_count
from pipeline.errors import ConfigError


def test_toml_then_overrides(tmp_path):
    path = tmp_path / "run.toml"
    path.write_text('[run]\nn_themes = 12\nseed = 3\n')
    config = load_config(path).with_overrides(seed=7, model=None)
    assert config.n_themes == 12 and config.seed == 7 and config.model == RunConfig().model


@pytest.mark.parametrize("text,message", [("n_themez = 3", "unknown keys"), ("n_themes = 1", "n_themes"),
                                          ("seed = [", "TOML")])
def test_bad_config_is_explained(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_parse_count():
    assert parse_count("auto") == "auto" and parse_count("30") == 30 and parse_count(None) is None
    with pytest.raises(ConfigError):
        parse_count("many")
