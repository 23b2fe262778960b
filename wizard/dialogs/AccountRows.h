#pragma once

class QListWidget;

// A list of account rows ("Instagram: TSV Blau-Weiß – @tsv_blauweiss") in a
// dialog: as wide as its longest row, within the screen, so a full-HD screen
// never shows a sideways scroll bar; on a smaller one a long row is cut in
// the middle, where similar addresses differ least, and shown whole in its
// tooltip. Call after the rows are added.
void fitAccountRows(QListWidget* list);
