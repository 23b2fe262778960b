#pragma once

#include "Letter.h"
#include "LetterExporter.h"
#include "ObjectionRequest.h"
#include "RecordStore.h"
#include "SessionLog.h"
#include "WizardPage.h"

class QLabel;
class FieldMessage;
class LetterPageView;
class QPushButton;
class QTabWidget;
class QTextBrowser;

// Step 7: the letter as it will be exported, and the ways to send it.
class PreviewPage : public WizardPage
{
    Q_OBJECT

public:
    PreviewPage(ObjectionRequest& request, RecordStore& records, SessionLog& log,
                QWidget* parent = nullptr);

protected:
    void build() override;
    void load() override;

private:
    QPushButton* addButton(const char* text, const QString& objectName);
    void showStatus(const QString& message);
    void updateFontWarning();

    ObjectionRequest& m_request;
    RecordStore& m_records;
    Letter m_letter;
    LetterExporter m_exporter;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_textView = nullptr;
    LetterPageView* m_pageView = nullptr;
    QLabel* m_status = nullptr;
    FieldMessage* m_letterWarning = nullptr;
    FieldMessage* m_fontWarning = nullptr;
    QList<QPushButton*> m_buttons;
};
