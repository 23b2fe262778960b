#pragma once

#include <QDialog>

#include "MetaFacts.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// The organisation's own supervisory authority, the third recipient of a
// notice (DOMAIN.md): chosen from the authorities in resources/meta.json with
// the address their own page gives (its source and date shown), or typed
// where none was verified and for church, broadcaster and other authorities.
class OwnAuthorityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OwnAuthorityDialog(const Organisation& organisation, QWidget* parent = nullptr);

    // Name and address lines, as the window of the letter shows them.
    PostalAddress address() const;

private:
    void showChoice();
    void check();

    QComboBox* m_authorityCombo = nullptr;
    QPlainTextEdit* m_addressEdit = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QString m_sourceText; // where the shown address comes from
    QDialogButtonBox* m_buttons = nullptr;
};
