"""Finding text: the find bar, its index and the Find menu."""
