#pragma once

#include <QObject>

// Alt + a letter is a mnemonic, never text. When no enabled button or label
// takes it (the button is disabled: "&Next >" while the page is incomplete),
// Qt hands the key to the focused field, which types the letter: Alt+W
// changed an account's name silently. This filter, on the whole application,
// swallows Alt + a printable key without Ctrl before it reaches a text input
// (line edit, text edit, spin box, editable combo box), in every window and
// dialog. Ctrl+Alt stays text: on Windows AltGr arrives as Ctrl+Alt ("@",
// "€" on a German keyboard); on Linux AltGr is not Alt at all. On macOS,
// Option + a key types characters and there are no mnemonics, so nothing is
// filtered there.
class AltKeyGuard : public QObject
{
    Q_OBJECT

public:
    // Once per application; later calls do nothing.
    static void install();

    // Whether a key press with these modifiers and text is a mnemonic that
    // must not become text.
    static bool isMnemonicKey(Qt::KeyboardModifiers modifiers, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
