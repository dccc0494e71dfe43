"""What the parts of the window share: the settings file, background work, layouts, messages."""
