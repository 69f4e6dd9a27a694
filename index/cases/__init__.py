"""Cases: the people a legal-aid office works for, their needs, deadlines and documents."""
