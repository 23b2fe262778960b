#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QWizard>
#include <functional>
#include <memory>

#include "DialogSeams.h"
#include "RecordStore.h"

// Keyboard helpers for the GUI tests: type into the focused field, Tab on,
// press buttons by their mnemonics (read from the button, so they work in
// every language) or with Space once focused.
namespace WizardDriver {

inline QWidget* focused()
{
    return QApplication::focusWidget();
}

inline void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

inline void tab()
{
    QTest::keyClick(focused(), Qt::Key_Tab);
}

inline Qt::Key mnemonicKey(const QString& text)
{
    const qsizetype at = text.indexOf(u'&');
    if (at < 0 || at + 1 >= text.size())
        return Qt::Key_unknown;
    return Qt::Key(text.at(at + 1).toUpper().unicode());
}

// The texts of a window that Alt + a letter reaches: visible buttons,
// labels of fields, group boxes and tabs (hidden pages and rows do not count).
inline QStringList mnemonicTexts(QWidget* window)
{
    QStringList texts;
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            texts << button->text();
    }
    for (auto* label : window->findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            texts << label->text();
    }
    for (auto* box : window->findChildren<QGroupBox*>()) {
        if (box->isVisible())
            texts << box->title();
    }
    for (auto* tabs : window->findChildren<QTabBar*>()) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                texts << tabs->tabText(i);
        }
    }
    return texts;
}

// The mnemonics of a window's visible buttons and labelled fields: the first
// key two of them share ("&Save and &Search"), or empty; count: how many.
inline QString mnemonicClash(QWidget* window, int* count = nullptr)
{
    QMap<Qt::Key, QString> used;
    for (const QString& text : mnemonicTexts(window)) {
        const Qt::Key key = mnemonicKey(text);
        if (key == Qt::Key_unknown)
            continue;
        if (used.contains(key))
            return used.value(key) + QStringLiteral(" and ") + text;
        used.insert(key, text);
    }
    if (count)
        *count = int(used.size());
    return {};
}

// Alt + the button's mnemonic. The click is animated, so callers wait for its
// effect with QTRY_COMPARE.
inline void pressMnemonic(QAbstractButton* button)
{
    QTest::keyClick(focused(), mnemonicKey(button->text()), Qt::AltModifier);
}

inline void next(QWizard& wizard)
{
    pressMnemonic(wizard.button(QWizard::NextButton));
}

inline void back(QWizard& wizard)
{
    pressMnemonic(wizard.button(QWizard::BackButton));
}

template <typename T> T* child(QWizard& wizard, const QString& name)
{
    T* widget = wizard.currentPage()->findChild<T*>(name);
    // The wizard's own buttons (the record of objections, on every page).
    if (!widget)
        widget = wizard.findChild<T*>(name);
    if (!widget)
        qWarning("no %s on page %d", qPrintable(name), wizard.currentId());
    return widget;
}

// Focus and Space: how a keyboard user presses a button without a mnemonic.
inline bool press(QAbstractButton* button)
{
    if (!button)
        return false;
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    return true;
}

inline bool press(QWizard& wizard, const QString& buttonName)
{
    return press(child<QAbstractButton>(wizard, buttonName));
}

// For initTestCase(): settings and the record of objections go to a test
// folder, never to the user's own files, and message boxes never block.
inline void isolateFromUserFiles()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::recordInsteadOfShowing();
    MessageBox::setNextAnswer(true);
}

// The rows of a test that runs once per language of the interface.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

// For init(): each test starts without remembered entries or records.
inline void startClean()
{
    QSettings().clear();
    // The database with its write-ahead log: a log left behind would be
    // read into the next database of that name.
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(RecordStore::defaultPath() + QLatin1String(suffix));
}

// Runs handle() on the next modal dialog that opens (they block the test's
// call stack, so this polls from a timer); returns a guard to keep alive.
inline std::unique_ptr<QTimer> onNextModal(QObject* context,
                                           const std::function<void(QDialog*)>& handle)
{
    auto timer = std::make_unique<QTimer>();
    QTimer* raw = timer.get();
    QObject::connect(raw, &QTimer::timeout, context, [raw, handle] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            raw->stop();
            handle(dialog);
        }
    });
    raw->start(20);
    return timer;
}

} // namespace WizardDriver
