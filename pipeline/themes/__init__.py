"""Themes: findings and their vectors -> themes at two levels, their names, researcher edits, saved models.

Modules: cluster (vectors -> clusters: micro-clusters, Ward tree, silhouette, nearest centre), context (a finding
of little topic of its own placed with the finding before it), naming (theme
names from key phrases; with coverage, subject_checks, broad_names, alike_labels and label_case), tables (the one
builder of themes.csv, broad_themes.csv and the findings' theme columns), discover (a theme fit from cluster +
naming + tables), codebook (a researcher's named themes first), edits (rename, merge, split), model (ThemeModel:
fit, predict, edit, save, load).
"""

from pipeline.themes.model import EDITS_FILE, ThemeModel, save_run_model
from pipeline.themes.tables import THEME_COLUMNS, ThemeResult, attach_themes

__all__ = ["EDITS_FILE", "THEME_COLUMNS", "ThemeModel", "ThemeResult", "attach_themes", "save_run_model"]
