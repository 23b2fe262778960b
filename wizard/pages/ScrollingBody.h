#pragma once

class QString;
class QWidget;

// A window's or page's content in a scroll area that fills it: forms taller
// than a small or scaled screen scroll, and what is outside the area (the
// wizard's buttons) stays in view. The fields take the focus, not the area,
// and a field reached with its Alt shortcut or by a click on its label is
// scrolled into view, as Tab already does. Replaces owner's layout.
void fillWithScrollingBody(QWidget* owner, QWidget* body, const QString& objectName);
