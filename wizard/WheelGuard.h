#pragma once

#include <QObject>

// The mouse wheel scrolls the page; it changes a choice only in the field the
// user is working in. Qt turns a combo box, spin box or date field under the
// pointer as a long page scrolls past it: "Signs: on behalf (i. A.)" became
// "as deputy (i. V.)" while the user scrolled the letter's options, and was
// remembered so. This filter, on the whole application, takes the wheel
// focus from these fields (a click or Tab still focuses them) and hands a
// wheel turn over an unfocused one to the page around it.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Once per application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
