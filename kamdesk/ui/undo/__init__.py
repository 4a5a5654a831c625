"""Edit > Undo and Redo: one QUndoStack per main window, and the commands pushed on it."""
