"""Output: HTML rendered to PDF with Qt."""
