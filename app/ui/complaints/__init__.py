"""The Complaints tab (issue 16): the list of complaints and returns, the case window, registering, letters and remedies."""
