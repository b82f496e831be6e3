"""Exceptions raised by the pipeline; the CLI turns each into one clear line and a non-zero exit."""


class PipelineError(Exception):
    """Base for errors the CLI reports as one line."""


class InputError(PipelineError):
    """A bad input file: the message names the file and the problem."""

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ConfigError(PipelineError):
    """A parameter or configuration value that cannot be used."""
