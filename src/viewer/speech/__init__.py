"""Read-aloud: text normalisation, sentences, engines and voices. Knows nothing of Qt."""
