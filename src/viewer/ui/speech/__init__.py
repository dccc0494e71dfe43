"""Reading aloud: the controller, engine and audio output, the player bar, the Read aloud menu."""
