// Small enhancements of the editors' admin; every page works without them.
