# "The above exception was the direct cause of the following exception:" chaining.
class ConfigError(Exception):
    pass
def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f'missing key {key!r}') from e
load({'port': 1}, 'host')
