"""The `moderator` command line. Sub-commands live next to the code they drive and are
imported only when called, so `moderator page --no-score` never loads a model."""

import importlib
import logging
import os

import click

# name -> "module:attribute" of a click command
COMMANDS = {
    "score": "moderator.commands:score",
    "train": "moderator.training:train_command",
    "evaluate": "moderator.evaluation:evaluate_command",
    "page": "moderator.segment.cli:page",
    "serve": "moderator.web.cli:serve",
    "keys": "moderator.web.cli:keys",
    "users": "moderator.web.cli:users",
    "db": "moderator.web.cli:db",
    "export-labels": "moderator.web.cli:export_labels",
    "rescore": "moderator.rescore.cli:rescore",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(cls=LazyGroup)
@click.option("-v", "--verbose", is_flag=True, help="Log at INFO level to stderr.")
def cli(verbose: bool) -> None:
    """Separate, score and decide reader comments on news pages."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # no weight-loading progress bars on stderr
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def main() -> None:
    cli(prog_name="moderator")
