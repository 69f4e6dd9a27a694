"""Taking files into the archive: discover, store, extract, record, index."""
