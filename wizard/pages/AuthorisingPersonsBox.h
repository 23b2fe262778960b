#pragma once

#include <QGroupBox>

#include "ObjectionRequest.h"

class FieldMessage;
class QPushButton;
class QTableWidget;

// The persons who authorised the organisation in writing to object for them
// under Art. 21 GDPR (DOMAIN.md, route 2): a table the user edits, a form per
// person to print and have signed, and a message that blocks the page while
// a person has no signing date (such a person must not be named).
class AuthorisingPersonsBox : public QGroupBox
{
    Q_OBJECT

public:
    AuthorisingPersonsBox(ObjectionRequest& request, QWidget* parent = nullptr);

    void load();
    // Empty when every row can be used; else what to fix, in plain words.
    QString problem() const;
    // Where the problem is, as an item of what is missing: the column and
    // the person ("Signed on (Jane Doe)"); empty when there is none.
    QString problemField() const;
    // Shows problem() again, e.g. after the letter's date changed.
    void showProblem();
    void retranslate();

signals:
    void changed();

private:
    struct Problem
    {
        int row = -1;
        int column = -1;
        QString text;
    };
    Problem firstProblem() const;
    void addRow(const AuthorisingPerson& person);
    void store();
    void printForm();

    ObjectionRequest& m_request;
    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_formButton = nullptr;
    FieldMessage* m_message = nullptr;
    bool m_loading = false;
};
