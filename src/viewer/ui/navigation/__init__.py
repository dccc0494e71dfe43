"""Moving through the document: the Go menu and the contents."""
