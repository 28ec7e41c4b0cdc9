"""The Today tab (issue 18): the day at a glance, every number a link into its list."""
