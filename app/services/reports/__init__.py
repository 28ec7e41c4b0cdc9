"""Reports: the figures of the Today view and the Reports tab (issue 18), computed in SQL."""
